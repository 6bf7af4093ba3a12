import Foundation
import QiyueCore

/// The progress line of a batch review on standard error: files done of total, MB/s and
/// the time left, redrawn in place a few times a second.
///
/// Only for a terminal: in a pipe or a log file a line rewritten with carriage returns is
/// noise, and scripts compare standard error exactly.
final class ReviewProgress {
    private let total: Int
    private let language: Language
    private let writeErr: (String) -> Void
    private let start = Date()
    private var lastDrawn = Date.distantPast
    private var done = 0
    private var bytes = 0
    private var drawn = false

    init(total: Int, language: Language, writeErr: @escaping (String) -> Void) {
        self.total = total
        self.language = language
        self.writeErr = writeErr
    }

    func advance(bytes count: Int) {
        done += 1
        bytes += count
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.2 || done == total else { return }
        lastDrawn = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(bytes) / 1_000_000 / elapsed
        let left = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        let seconds = Int(left.rounded())
        let line = language == .zh
            ? "审查 \(done)/\(total) 个文件，\(String(format: "%.1f", rate)) MB/s，剩余约 \(seconds) 秒"
            : "reviewed \(done)/\(total) files, \(String(format: "%.1f", rate)) MB/s, about \(seconds) s left"
        writeErr("\r\u{1B}[K" + line)
        drawn = true
    }

    /// Clears the line so the report's own messages start on a clean line.
    func finish() {
        if drawn { writeErr("\r\u{1B}[K") }
    }

    /// Clears the line before other output reaches the terminal; the next file redraws it.
    func interrupt() {
        guard drawn else { return }
        writeErr("\r\u{1B}[K")
        drawn = false
        lastDrawn = .distantPast
    }
}
