/// Why the bytes of an input could not be read as text, and where the trouble starts.
///
/// It carries both languages so the command that catches it can answer in the user's
/// language, and a position so the message follows the `file:line:col: error:` convention.
public struct TextDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case binary(byteOffset: Int)
        case invalidUTF8(byteOffset: Int)
        case invalidUTF16
        /// UTF-32 with a byte-order mark: refused rather than misread as UTF-16.
        case utf32
        case unknownEncoding(byteOffset: Int)
    }

    public var path: String
    public var line: Int
    public var column: Int
    public var kind: Kind

    public init(path: String, line: Int, column: Int, kind: Kind) {
        self.path = path
        self.line = line
        self.column = column
        self.kind = kind
    }

    public var message: LocalizedText {
        switch kind {
        case let .binary(offset):
            return LocalizedText(zh: "不是文本文件（第 \(offset) 字节为空字节）", en: "not a text file (NUL byte at offset \(offset))")
        case let .invalidUTF8(offset):
            return LocalizedText(zh: "UTF-8 编码无效（第 \(offset) 字节）", en: "invalid UTF-8 (at byte offset \(offset))")
        case .invalidUTF16:
            return LocalizedText(zh: "UTF-16 编码无效", en: "invalid UTF-16")
        case .utf32:
            return LocalizedText(zh: "不支持 UTF-32 编码；请另存为 UTF-8 后再审查", en: "UTF-32 is not supported; save the file as UTF-8 and review it again")
        case let .unknownEncoding(offset):
            return LocalizedText(
                zh: "无法识别的文本编码（第 \(offset) 字节起既不是 UTF-8 也不是 GB18030/GBK）",
                en: "unrecognised text encoding (from byte offset \(offset) neither UTF-8 nor GB18030/GBK)"
            )
        }
    }

    /// The error as a diagnostic at its position.
    public func diagnostic(in language: Language) -> Diagnostic {
        .error(message.text(in: language), at: SourceLocation(file: path, line: line, column: column))
    }

    public var description: String { "\(path):\(line):\(column): \(message.en)" }
}
