import Foundation
import QiyueCore

/// How every command writes a named output: into an existing directory, atomically, and
/// never over a file the same run reads.
///
/// The checks run twice: `check` before any work, so a wrong `-o` costs nothing and is a
/// usage error (exit 2), and `write` again at the moment of writing, because the file
/// system may have changed in between.
enum OutputFile {
    /// Fails when the directory of `path` does not exist, or when `path` is one of `inputs`.
    static func check(_ path: String, protecting inputs: OutputGuard, language: Language) throws {
        let parent = (path as NSString).deletingLastPathComponent
        let directory = parent.isEmpty ? "." : parent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic.error(language == .zh ? "无法写入 \(TerminalText.escaped(path))：目录 \(directory) 不存在" : "cannot write \(TerminalText.escaped(path)): directory \(directory) does not exist")
        }
        if inputs.input(replacedBy: path) != nil { throw replacesInput(path) }
    }

    /// Writes `data` to `path` atomically; failures become messages in the user's language.
    static func write(_ data: Data, to path: String, protecting inputs: OutputGuard, language: Language) throws {
        do {
            try AtomicFile.write(data, to: path, protecting: inputs)
        } catch let AtomicFile.WriteError.cannotWrite(_, reason) {
            throw Diagnostic.error(language == .zh ? "无法写入 \(TerminalText.escaped(path))：\(reason)" : "cannot write \(TerminalText.escaped(path)): \(reason)")
        } catch AtomicFile.WriteError.wouldReplaceInput {
            throw replacesInput(path)
        }
    }

    static func write(_ text: String, to path: String, protecting inputs: OutputGuard, language: Language) throws {
        try write(Data(text.utf8), to: path, protecting: inputs, language: language)
    }

    /// The refusal to replace an input, a usage error like any other wrong argument.
    static func replacesInput(_ path: String) -> UsageError {
        .other(LocalizedText(zh: "输出文件与输入文件相同：\(TerminalText.escaped(path))；不会覆盖输入", en: "the output is the input file: \(TerminalText.escaped(path)); refusing to overwrite it"))
    }
}
