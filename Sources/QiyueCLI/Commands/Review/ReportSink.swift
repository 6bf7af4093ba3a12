import Foundation
import QiyueCore
#if canImport(Glibc)
import Glibc
#endif

/// Where `qiyue review` writes its report: standard output, or a file given with `-o`.
///
/// A file is written through a temporary file created exclusively next to it and renamed
/// over it only when the whole report is written, so a streamed report (`--format jsonl`
/// over thousands of files) needs no memory for what it has written, a reader never sees a
/// half-written report and a failed run leaves the previous report in place.
final class ReportSink {
    private let path: String?
    private let writeOut: (String) -> Void
    private let writeOutBytes: ([UInt8]) -> Void
    private var temporary: String?
    private var descriptor: Int32 = -1
    private var failure: String?

    /// `path` nil or `-` means standard output.
    init(path: String?, context: CommandContext) throws {
        self.path = path == "-" ? nil : path
        writeOut = context.writeOut
        writeOutBytes = context.writeOutBytes
        guard let target = self.path else { return }
        let url = URL(fileURLWithPath: target)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic.error(context.localized(zh: "无法写入 \(target)：目录 \(directory) 不存在", en: "cannot write \(target): directory \(directory) does not exist"))
        }
        for _ in 0..<16 {
            let candidate = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
            descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if descriptor >= 0 { temporary = candidate; break }
            if errno != EEXIST { break }
        }
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw Diagnostic.error(context.localized(zh: "无法写入 \(target)：\(reason)", en: "cannot write \(target): \(reason)"))
        }
    }

    var isStandardOutput: Bool { path == nil }

    /// Text for standard output goes there as it is, not through a `Data` and back.
    func write(_ text: String) {
        guard path != nil else { writeOut(text); return }
        write(Data(text.utf8))
    }

    func write(_ data: Data) {
        guard path != nil else { writeOut(String(decoding: data, as: UTF8.self)); return }
        data.withUnsafeBytes { write(raw: $0) }
    }

    /// A report part made as UTF-8 bytes goes out as it is, on standard output too.
    func write(_ bytes: [UInt8]) {
        guard path != nil else { writeOutBytes(bytes); return }
        bytes.withUnsafeBytes { write(raw: $0) }
    }

    private func write(raw buffer: UnsafeRawBufferPointer) {
        guard failure == nil, let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let result = Glibc.write(descriptor, base + offset, buffer.count - offset)
            if result < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
                return
            }
            offset += result
        }
    }

    /// Puts the file in place; on any write error it removes the temporary file and throws.
    func finish(language: Language) throws {
        guard let target = path, let temporary else { return }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        descriptor = -1
        if failure == nil, rename(temporary, target) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw Diagnostic.error(language == .zh ? "无法写入 \(target)：\(failure)" : "cannot write \(target): \(failure)")
        }
        self.temporary = nil
    }

    /// Removes the temporary file of a report that will not be finished.
    func abandon() {
        guard let temporary else { return }
        if descriptor >= 0 { close(descriptor) }
        unlink(temporary)
        self.temporary = nil
    }

    deinit { abandon() }
}
