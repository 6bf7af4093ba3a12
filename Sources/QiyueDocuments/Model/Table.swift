/// A table with optional header rows, column widths and merged cells.
public struct Table: Sendable, Hashable {
    public var rows: [[TableCell]]
    /// How many leading rows are header rows (shown as `<th>`, repeated on each page in Word).
    public var headerRowCount: Int
    /// Relative column widths (any unit; writers normalise them). Empty means equal widths.
    public var columnWidths: [Double]
    /// Per-column alignment from a Markdown delimiter row; empty means left.
    public var alignments: [TableAlignment]
    /// A brochure's key-figures panel (`{.figures}`): the header row holds the labels, the row
    /// below the figures, and the writers set each column as a shaded box, the figure large
    /// above its label, without rules.
    public var isKeyFigures = false

    public init(rows: [[TableCell]], headerRowCount: Int = 0, columnWidths: [Double] = [], alignments: [TableAlignment] = []) {
        self.rows = rows
        self.headerRowCount = headerRowCount
        self.columnWidths = columnWidths
        self.alignments = alignments
    }
}

public enum TableAlignment: String, Sendable, Hashable {
    case left, center, right
}

/// One cell; a cell spanning several columns or rows says so, and the cells it covers are omitted.
public struct TableCell: Sendable, Hashable {
    public var content: [Inline]
    public var columnSpan: Int
    public var rowSpan: Int

    public init(_ content: [Inline], columnSpan: Int = 1, rowSpan: Int = 1) {
        self.content = content
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
    }
}
