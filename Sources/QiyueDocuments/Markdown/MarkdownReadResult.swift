import QiyueCore

/// What the Markdown reader returns: the document, and warnings about what it could not do
/// (a picture that could not be loaded, an attribute line that fits no block). Warnings never
/// stop reading; the text concerned stays in the document as written.
public struct MarkdownReadResult: Sendable {
    public var document: Document
    public var diagnostics: [Diagnostic]

    public init(document: Document, diagnostics: [Diagnostic]) {
        self.document = document
        self.diagnostics = diagnostics
    }
}
