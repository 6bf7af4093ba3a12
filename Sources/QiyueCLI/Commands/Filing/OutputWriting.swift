import QiyueCore

/// Writes a command's output to standard output, or atomically to `-o FILE`.
enum OutputWriting {
    static func write(_ text: String, to path: String?, context: CommandContext) -> Int32 {
        guard let path, path != "-" else {
            context.writeOut(text)
            return ExitCode.success.rawValue
        }
        do {
            try AtomicFile.write(text, to: path)
            return ExitCode.success.rawValue
        } catch {
            context.report(.error(context.localized(zh: "无法写入：\(error)", en: "cannot write: \(error)"), at: SourceLocation(file: path, line: 1, column: 1)))
            return ExitCode.usageOrInput.rawValue
        }
    }
}
