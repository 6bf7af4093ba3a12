import Foundation
import QiyueCore

/// Reads an HTML file into review text and the document model.
///
/// Linux's FoundationXML cannot be used here: its `XMLDocument(… .documentTidyHTML)` runs
/// libxml2's XML parser in recovery mode, not its HTML parser, so `&nbsp;` is an error,
/// `<br>` swallows the rest of the paragraph and diagnostics go to standard error. This
/// reader uses a tolerant tokenizer of its own instead. Each block element (paragraph,
/// heading, list item, table cell) becomes a line whose origin is the source line and
/// column of its first character; scripts and styles are dropped; entities are decoded
/// from a fixed table and never declared by the document. Files in GBK/GB2312 that say so
/// are decoded (`HTMLCharset`); other non-UTF-8 input is refused with its position.
public struct HTMLReader: Sendable {
    /// The deepest element nesting accepted.
    public var maximumDepth: Int

    public init(maximumDepth: Int = 512) {
        self.maximumDepth = maximumDepth
    }

    public func read(_ data: Data) throws -> ExtractedDocument {
        let bytes = try HTMLCharset.utf8Bytes(of: [UInt8](data))
        var tokenizer = HTMLTokenizer(bytes: bytes)
        var treeBuilder = HTMLTreeBuilder(maximumDepth: maximumDepth, source: bytes)
        let root = try treeBuilder.build(&tokenizer)
        var builder = HTMLDocumentBuilder()
        let blocks = builder.blocks(of: root.children)
        let positions = HTMLSourcePositions.lineAndColumn(of: builder.lines.map(\.offset), in: bytes)
        let origins = positions.map { LineOrigin(line: $0.line, column: $0.column) }
        return ExtractedDocument(
            document: Document(metadata: builder.metadata, blocks: blocks),
            text: ExtractedText(text: builder.lines.map(\.text).joined(separator: "\n"), origins: origins)
        )
    }
}
