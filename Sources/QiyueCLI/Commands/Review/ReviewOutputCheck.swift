import Foundation
import QiyueCore

/// Refuses a report path that names one of the review's inputs, under any spelling (same
/// device and inode, or a link to one), so `-o` can never destroy the draft being reviewed.
enum ReviewOutputCheck {
    static func check(output: String, inputs: [ReviewInputCollector.Input], language: Language) throws {
        var files = OutputGuard()
        for case let .file(path) in inputs { files.protect(path) }
        if let path = files.input(replacedBy: output) {
            throw Diagnostic.error(language == .zh
                ? "拒绝写入 \(output)：它是被审查的输入文件 \(path)"
                : "refusing to write \(output): it is the input \(path)")
        }
    }
}
