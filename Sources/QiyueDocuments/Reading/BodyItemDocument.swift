import QiyueCore

/// Builds the review text and the document model from a flat list of body items.
///
/// The readers of formats other than DOCX (RTF, ODT, Word 97–2003) say what they found in
/// the same terms the DOCX part reader uses — paragraphs, table rows and cells, notes — so
/// that one assembler decides what `第7段` or `表格1 第2行 第3列` means and how typed
/// `第五条` clauses nest. A draft saved in any of these formats then reads exactly as its
/// DOCX does, and no second text path can drift from the first.
enum BodyItemDocument {
    /// The review text and model for `items`, with `notes` (footnote and endnote
    /// paragraphs, each note opened by `.noteStart`) read after the body as the DOCX reader does.
    static func assemble(_ items: [DocxBodyItem], notes: [DocxBodyItem] = [], buildingModel: Bool = true) -> ExtractedDocument {
        var text = DocxTextAssembler(part: .body)
        var model = DocxDocumentAssembler()
        for item in items {
            text.add(item)
            if buildingModel { model.add(item) }
        }
        let bodyLineCount = text.origins.count
        if !notes.isEmpty {
            text.begin(.footnotes)
            for item in notes { text.add(item) }
        }
        let blocks = buildingModel ? model.finish() : []
        return ExtractedDocument(document: Document(blocks: blocks), text: ExtractedText(text: text.text, origins: text.origins, bodyLineCount: bodyLineCount))
    }

    /// A paragraph of one stretch of unformatted text, for readers that keep no run formats.
    static func paragraph(_ text: String, headingLevel: Int? = nil) -> DocxParagraph {
        let paragraph = DocxParagraph()
        paragraph.headingLevel = headingLevel
        paragraph.setSegments(text.isEmpty ? [] : [DocxSegment(text: text, format: DocxRunFormat())], hasLineBreak: text.contains("\n"))
        return paragraph
    }
}
