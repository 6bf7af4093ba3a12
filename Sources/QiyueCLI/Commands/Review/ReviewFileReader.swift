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
            guard let data = FileManager.default.contents(atPath: path) else {
                return (FileReview(path: path, error: zh ? "无法读取文件" : "cannot read the file"), 0)
            }
            return (review(data: data, path: path), data.count)
        }
    }

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
