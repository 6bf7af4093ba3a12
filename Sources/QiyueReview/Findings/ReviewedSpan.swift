/// A span of the reviewed text, in its own 1-based lines and character columns (the end
/// exclusive), before the reader's origins map it into the file.
///
/// A report that shows the whole reviewed text with the findings highlighted works in these
/// coordinates; the diagnostic's location is the same span in the user's file.
public struct ReviewedSpan: Sendable, Hashable {
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int

    public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }
}
