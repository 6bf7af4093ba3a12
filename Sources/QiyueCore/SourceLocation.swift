/// A position in a user's file, 1-based, with the column counted in characters.
///
/// Columns count Unicode characters (grapheme clusters), not bytes, so that a position
/// in Chinese text means the same thing to a user, an editor and a JSON consumer.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
    /// The file as the user named it; `-` or `<stdin>` for standard input.
    public var file: String
    public var line: Int
    public var column: Int
    /// How the line is named where a file has no lines of its own: `第12段` in a Word
    /// document (paragraph 12); `nil` prints the number.
    public var lineLabel: String?

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public init(file: String, line: Int, column: Int, lineLabel: String?) {
        self.init(file: file, line: line, column: column)
        self.lineLabel = lineLabel
    }

    /// `file:line:col`, with the line's label when it has one; control and bidirectional
    /// characters in the file name are escaped (`TerminalText`).
    public var prefix: String { "\(TerminalText.escaped(file)):\(lineLabel ?? String(line)):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
