/// The flat, reading-order sequence a part is read into: paragraphs, and the boundaries
/// of tables, rows, cells and notes around them.
///
/// Keeping this intermediate form lets one streaming pass over the XML feed both the
/// review text (with its paragraph and cell positions) and the document model. It is sent
/// to the model-building thread (`DocxModelPipeline`) once its paragraph is complete, and
/// no one changes it from then on; that discipline, not the type, is what makes it safe.
enum DocxBodyItem: @unchecked Sendable {
    enum VerticalMerge: Sendable, Hashable {
        case none, restart, `continue`
    }

    case paragraph(DocxParagraph)
    case tableStart(columnWidths: [Double])
    case rowStart(isHeader: Bool)
    case cellStart(columnSpan: Int, verticalMerge: VerticalMerge)
    case cellEnd
    case rowEnd
    case tableEnd
    /// A footnote or endnote begins; its paragraphs follow.
    case noteStart
}
