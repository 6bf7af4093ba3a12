/// A block as the first pass of the Markdown reader finds it: structure decided, inline
/// text not yet parsed, extension markers (`\pagebreak`, `{.class}`) still separate blocks.
indirect enum MarkdownRawBlock: Sendable, Hashable {
    case heading(level: Int, text: MarkdownLine)
    case paragraph([MarkdownLine])
    /// A fenced code block's literal lines.
    case code([Substring], line: MarkdownLine)
    case blockQuote([MarkdownRawBlock])
    case list(ordered: Bool, start: Int, items: [[MarkdownRawBlock]])
    case table(header: [MarkdownLine], alignments: [TableAlignment], rows: [[MarkdownLine]])
    /// A table beyond `DocumentLimits`, measured but not split into cells.
    case oversizedTable(line: MarkdownLine, columns: Int, rows: Int)
    case thematicBreak
    case pageBreak
    /// An attribute line such as `{.signature}`; `appliesToPrevious` when it sits directly under
    /// a block with no blank line between.
    case attribute(classes: [String], appliesToPrevious: Bool, line: MarkdownLine)
}
