/// Text taken out of a document for review, with the place each line came from.
///
/// Readers for DOCX, HTML and Markdown produce this; the review engine analyses `text`
/// and maps every finding back through `origins`, so a finding in a Word file is reported
/// at its paragraph (and a finding in HTML at its source line) rather than at a line of
/// an intermediate text the user never saw.
///
/// Lines and blocks: a sentence of an agreement never ends at a line break that falls
/// inside a block (a paragraph, a table cell, a list item), only at 。！？； or at the end of
/// the block. When `origins` is given, every line is a block of its own unless its origin
/// says it `continuesBlock` (a `w:br` inside a Word paragraph, a soft break inside a
/// Markdown paragraph). Without origins the text is the file itself and the review decides
/// where blocks end from the text (blank lines, headings, list items, table rows, role and
/// signature lines); every other line break is soft.
public struct ExtractedText: Sendable, Hashable {
    /// The document's text, one block (or a block's soft-broken piece) per line, joined with `\n`.
    public var text: String
    /// One entry per line of `text`; empty means "the text is the file itself".
    public var origins: [LineOrigin]
    /// How many of the first lines are the document's main text; the lines after them come
    /// from headers, footers and notes. `nil` means every line is main text. A file whose
    /// main text is empty has not been read, whatever its page-number footer says.
    public var bodyLineCount: Int?

    public init(text: String, origins: [LineOrigin] = []) {
        self.init(text: text, origins: origins, bodyLineCount: nil)
    }

    public init(text: String, origins: [LineOrigin], bodyLineCount: Int?) {
        self.text = text
        self.origins = origins
        self.bodyLineCount = bodyLineCount
    }

    /// Whether the main text (every line when `bodyLineCount` is `nil`) holds a character
    /// other than white space.
    public var bodyHasText: Bool {
        var line = 0
        for character in text {
            if character == "\n" {
                line += 1
                if let bodyLineCount, line >= bodyLineCount { return false }
            } else if !character.isWhitespace {
                return bodyLineCount.map { line < $0 } ?? true
            }
        }
        return false
    }

    /// Whether the reader says where blocks end (it gave origins); otherwise the review
    /// infers block ends from the text.
    public var declaresBlocks: Bool { !origins.isEmpty }

    /// Whether the line break at the end of the 1-based `line` is soft, i.e. the next line
    /// continues the same block; `nil` when the reader declared nothing (no origins).
    public func isSoftBreak(afterLine line: Int) -> Bool? {
        guard declaresBlocks else { return nil }
        guard line >= 1, line < origins.count else { return false }
        return origins[line].continuesBlock
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
    /// Whether this line continues the block of the line before it: the break between them
    /// is soft (a `w:br` inside a Word paragraph, a soft line break inside a Markdown or HTML
    /// paragraph), so a sentence runs on across it. `false` — the default — starts a new
    /// block (paragraph, table cell, list item, heading), which also ends any sentence.
    public var continuesBlock: Bool

    public init(line: Int, column: Int = 1, label: String? = nil, continuesBlock: Bool = false) {
        self.line = line
        self.column = column
        self.label = label
        self.continuesBlock = continuesBlock
    }

    enum CodingKeys: String, CodingKey {
        case line, column, label, continuesBlock
    }

    /// Decodes with the defaults for absent fields, so origins written before
    /// `continuesBlock` existed still read.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            line: try container.decode(Int.self, forKey: .line),
            column: try container.decodeIfPresent(Int.self, forKey: .column) ?? 1,
            label: try container.decodeIfPresent(String.self, forKey: .label),
            continuesBlock: try container.decodeIfPresent(Bool.self, forKey: .continuesBlock) ?? false
        )
    }
}
