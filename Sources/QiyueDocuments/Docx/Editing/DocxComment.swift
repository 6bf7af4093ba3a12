/// One Word comment (批注) to add to a document: the text it is anchored on and what it says.
public struct DocxComment: Sendable, Hashable {
    public enum Anchor: Sendable, Hashable {
        /// From a body paragraph and 1-based character column to another (the end exclusive),
        /// in the numbering the review's places use (`第N段`, every `w:p` of the body in order).
        case span(paragraph: Int, column: Int, endParagraph: Int, endColumn: Int)
        /// The document's title (its first paragraph with text), for findings about the whole document.
        case title
    }

    public var anchor: Anchor
    /// The comment's paragraphs, in order.
    public var paragraphs: [String]
    /// A tracked change to propose with the comment, if any.
    public var rewrite: DocxRewrite?

    public init(anchor: Anchor, paragraphs: [String], rewrite: DocxRewrite? = nil) {
        self.anchor = anchor
        self.paragraphs = paragraphs
        self.rewrite = rewrite
    }
}

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

/// Who makes the comments and tracked changes, and when, as Word shows them.
public struct DocxRevisionAuthor: Sendable, Hashable {
    public var name: String
    public var initials: String
    /// An ISO 8601 time such as `2025-03-08T09:30:00Z`.
    public var date: String

    public init(name: String, initials: String? = nil, date: String) {
        self.name = name
        self.initials = initials ?? String(name.prefix(2))
        self.date = date
    }
}
