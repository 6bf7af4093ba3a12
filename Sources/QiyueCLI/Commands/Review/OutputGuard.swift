import Foundation
import QiyueCore

/// Refuses a report path that names one of the review's inputs, under any spelling (same
/// device and inode), so `-o` can never destroy the draft being reviewed.
enum OutputGuard {
    static func check(output: String, inputs: [ReviewInputCollector.Input], language: Language) throws {
        var target = stat()
        guard stat(output, &target) == 0 else { return }
        for case let .file(path) in inputs {
            var input = stat()
            if stat(path, &input) == 0, input.st_dev == target.st_dev, input.st_ino == target.st_ino {
                throw Diagnostic.error(language == .zh
                    ? "拒绝写入 \(output)：它是被审查的输入文件 \(path)"
                    : "refusing to write \(output): it is the input \(path)")
            }
        }
    }
}
