/// Text taken out of a document for review, with the place each line came from.
///
/// Readers for DOCX, HTML and Markdown produce this; the review engine analyses `text`
/// and maps every finding back through `origins`, so a finding in a Word file is reported
/// at its paragraph (and a finding in HTML at its source line) rather than at a line of
/// an intermediate text the user never saw.
public struct ExtractedText: Sendable, Hashable {
    /// The document's text, one paragraph (or table cell) per line, joined with `\n`.
    public var text: String
    /// One entry per line of `text`; empty means "the text is the file itself".
    public var origins: [LineOrigin]

    public init(text: String, origins: [LineOrigin] = []) {
        self.text = text
        self.origins = origins
    }

    /// Maps a 1-based line and column of `text` to the position in the original file.
    public func originalPosition(line: Int, column: Int) -> (line: Int, column: Int, label: String?) {
        guard line >= 1, line <= origins.count else { return (line, column, nil) }
        let origin = origins[line - 1]
        // A column before the origin's first one falls inside a label the original only draws
        // (Word's automatic `第五条`); the nearest real place is the paragraph's first column.
        return (origin.line, max(1, origin.column + column - 1), origin.label)
    }
}

/// Where one line of an `ExtractedText` starts in the original file.
public struct LineOrigin: Sendable, Hashable, Codable {
    /// For text formats the source line; for DOCX the 1-based paragraph number in reading order.
    public var line: Int
    /// The 1-based column in the original line or paragraph where this text starts. It is
    /// below 1 when the line starts with a label the original only draws (Word's automatic
    /// numbering): the label takes the columns before the paragraph's first character.
    public var column: Int
    /// A human description of the place, e.g. `第7段` or `表格1 第2行 第3列`.
    public var label: String?

    public init(line: Int, column: Int = 1, label: String? = nil) {
        self.line = line
        self.column = column
        self.label = label
    }
}
