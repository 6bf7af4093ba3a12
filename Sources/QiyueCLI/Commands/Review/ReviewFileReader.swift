import Foundation
import QiyueCore
import QiyueDocuments
import QiyueReview

/// Reads, extracts and reviews one input of `qiyue review`; any failure becomes the file's
/// `error`. A value with no mutable state, so the batch runs one per thread.
struct ReviewFileReader: Sendable {
    let engine: ReviewEngine
    let language: Language
    /// Whether to keep the digest and reviewed text for the opinion formats.
    let keepSource: Bool
    let readStandardInput: @Sendable () -> Data?

    /// The review of the input, and the number of bytes read (for the progress line).
    func review(_ input: ReviewInputCollector.Input) -> (review: FileReview, bytes: Int) {
        let zh = language == .zh
        switch input {
        case let .missing(path):
            return (FileReview(path: path, error: zh ? "没有这个文件或目录" : "no such file or directory"), 0)
        case .standardInput:
            guard let data = readStandardInput() else {
                return (FileReview(path: "-", error: zh ? "无法读取标准输入" : "cannot read standard input"), 0)
            }
            return (review(data: data, path: "-"), data.count)
        case let .file(path):
            guard let handle = FileHandle(forReadingAtPath: path) else {
                return (FileReview(path: path, error: zh ? "无法读取文件" : "cannot read the file"), 0)
            }
            defer { try? handle.close() }
            let tooLarge = FileReview(path: path, error: zh ? "文件超过 \(Self.maximumInputBytes >> 20) MiB 的上限，未审查"
                                                            : "the file is larger than the \(Self.maximumInputBytes >> 20) MiB limit and was not reviewed")
            // The size is asked before anything is read; a file whose size says nothing (a pipe, a
            // device) is read one byte past the limit at most, enough to know it is too large.
            if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber, size.int64Value > Int64(Self.maximumInputBytes) {
                return (tooLarge, 0)
            }
            let data: Data
            do {
                // nil at the end of the file: an empty file is empty text.
                data = try handle.read(upToCount: Self.maximumInputBytes + 1) ?? Data()
            } catch {
                return (FileReview(path: path, error: zh ? "无法读取文件" : "cannot read the file"), 0)
            }
            guard data.count <= Self.maximumInputBytes else { return (tooLarge, 0) }
            return (review(data: data, path: path), data.count)
        }
    }

    /// The largest input file `qiyue review` reads, in bytes. The analysis keeps several arrays
    /// per UTF-16 unit of text (measured: a 1 MB one-line file adds about 20 MB of peak memory),
    /// so 64 MiB of text already needs over a gigabyte, and a file much larger would exhaust the
    /// machine before any finding came out; an agreement is kilobytes, a Word file with scanned
    /// pages tens of MiB. A larger file is refused unread, as `render` refuses data files.
    static let maximumInputBytes = 64 << 20

    func review(data: Data, path: String) -> FileReview {
        do {
            let extracted = try ReviewInputReader.extract(path: path, data: data, language: language)
            let outcome = engine.outcome(extracted, file: path)
            let source = keepSource ? ReviewedSource(sha256: SHA256.hex(data), byteCount: data.count, text: extracted.text) : nil
            return FileReview(path: path, findings: outcome.findings, exemptions: outcome.exemptions, source: source)
        } catch let error as TextDecodingError {
            return FileReview(path: path, error: error.message.text(in: language), errorLine: error.line, errorColumn: error.column)
        } catch let diagnostic as Diagnostic {
            return FileReview(path: path, error: diagnostic.message, errorLine: diagnostic.location?.line, errorColumn: diagnostic.location?.column)
        } catch {
            return FileReview(path: path, error: String(describing: error))
        }
    }
}
