import QiyueCore

/// What a reader makes of an input file: the document model for conversion, and the
/// review text with each line's origin for `qiyue review`.
public struct ExtractedDocument: Sendable, Hashable {
    public var document: Document
    public var text: ExtractedText

    public init(document: Document, text: ExtractedText) {
        self.document = document
        self.text = text
    }
}
