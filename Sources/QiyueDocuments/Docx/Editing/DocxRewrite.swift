/// A sentence of one body paragraph to strike out as a tracked deletion, and the text to
/// put in its place as a tracked insertion (`nil` to delete it only).
public struct DocxRewrite: Sendable, Hashable {
    public var paragraph: Int
    /// The sentence's 1-based first column and the column after its end.
    public var column: Int
    public var endColumn: Int
    public var text: String?

    public init(paragraph: Int, column: Int, endColumn: Int, text: String?) {
        self.paragraph = paragraph
        self.column = column
        self.endColumn = endColumn
        self.text = text
    }
}
