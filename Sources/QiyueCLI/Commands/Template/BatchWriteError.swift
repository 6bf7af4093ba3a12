import QiyueCore

/// A batch output file that could not be written.
struct BatchWriteError: Error, CustomStringConvertible {
    let path: String
    /// The system's reason; nil when the file is one of the run's inputs and was refused.
    let reason: String?

    var description: String { message(in: .en) }

    func message(in language: Language) -> String {
        guard let reason else { return OutputFile.replacesInput(path).message(in: language) }
        return language == .zh ? "无法写入 \(TerminalText.escaped(path))：\(reason)" : "cannot write \(TerminalText.escaped(path)): \(reason)"
    }
}
