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
    /// A paragraph to add as a tracked insertion with the comment (a missing clause), if any.
    public var addition: DocxAddedParagraph?

    public init(anchor: Anchor, paragraphs: [String], rewrite: DocxRewrite? = nil, addition: DocxAddedParagraph? = nil) {
        self.anchor = anchor
        self.paragraphs = paragraphs
        self.rewrite = rewrite
        self.addition = addition
    }
}
