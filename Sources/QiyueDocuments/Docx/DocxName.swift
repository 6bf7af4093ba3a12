/// The element and attribute names the DOCX part reader acts on, as fixed ids of its
/// `XMLNameTable`, so the reader switches over integers instead of comparing strings.
///
/// The raw value is the id the table gives the name: `nameTable` interns every case in
/// declaration order before any part is read.
enum DocxName: Int32, CaseIterable {
    // Structure and text.
    case paragraph, paragraphProperties, run, runProperties, text, mathText, deletedText
    case tab, positionalTab, lineBreak, carriageReturn, noBreakHyphen, fieldCharacter, hyperlink
    case deletion, moveFrom, drawing, extent, drawingProperties, blip
    case table, tableGrid, gridColumn, tableRow, tableRowProperties, tableHeader
    case tableCell, tableCellProperties, gridSpan, verticalMerge, footnote, endnote, importedChunk
    // Skipped with everything inside them.
    case fallback, paragraphPropertiesChange, runPropertiesChange, sectionPropertiesChange
    case tablePropertiesChange, tableRowPropertiesChange, tableCellPropertiesChange, tableGridChange
    case numberingChange, structuredDocumentTagProperties, sectionProperties, fieldData
    case deletedInstructionText, rubyText
    // Paragraph and run properties.
    case paragraphStyle, level, numberingId, outlineLevel, bottomBorder, tabs
    case bold, italic, underline, verticalAlignment, vanish, specialVanish
    // Attributes.
    case valueAttribute, typeAttribute, fieldCharacterType, relationshipId, anchor
    case widthEMU, heightEMU, description, title, embed, width

    var qualifiedName: String {
        switch self {
        case .paragraph: "w:p"
        case .paragraphProperties: "w:pPr"
        case .run: "w:r"
        case .runProperties: "w:rPr"
        case .text: "w:t"
        case .mathText: "m:t"
        case .deletedText: "w:delText"
        case .tab: "w:tab"
        case .positionalTab: "w:ptab"
        case .lineBreak: "w:br"
        case .carriageReturn: "w:cr"
        case .noBreakHyphen: "w:noBreakHyphen"
        case .fieldCharacter: "w:fldChar"
        case .hyperlink: "w:hyperlink"
        case .deletion: "w:del"
        case .moveFrom: "w:moveFrom"
        case .drawing: "w:drawing"
        case .extent: "wp:extent"
        case .drawingProperties: "wp:docPr"
        case .blip: "a:blip"
        case .table: "w:tbl"
        case .tableGrid: "w:tblGrid"
        case .gridColumn: "w:gridCol"
        case .tableRow: "w:tr"
        case .tableRowProperties: "w:trPr"
        case .tableHeader: "w:tblHeader"
        case .tableCell: "w:tc"
        case .tableCellProperties: "w:tcPr"
        case .gridSpan: "w:gridSpan"
        case .verticalMerge: "w:vMerge"
        case .footnote: "w:footnote"
        case .endnote: "w:endnote"
        case .importedChunk: "w:altChunk"
        case .fallback: "mc:Fallback"
        case .paragraphPropertiesChange: "w:pPrChange"
        case .runPropertiesChange: "w:rPrChange"
        case .sectionPropertiesChange: "w:sectPrChange"
        case .tablePropertiesChange: "w:tblPrChange"
        case .tableRowPropertiesChange: "w:trPrChange"
        case .tableCellPropertiesChange: "w:tcPrChange"
        case .tableGridChange: "w:tblGridChange"
        case .numberingChange: "w:numberingChange"
        case .structuredDocumentTagProperties: "w:sdtPr"
        case .sectionProperties: "w:sectPr"
        case .fieldData: "w:fldData"
        case .deletedInstructionText: "w:delInstrText"
        // Phonetic guide text above characters (ruby); the base text is what is read.
        case .rubyText: "w:rt"
        case .paragraphStyle: "w:pStyle"
        case .level: "w:ilvl"
        case .numberingId: "w:numId"
        case .outlineLevel: "w:outlineLvl"
        case .bottomBorder: "w:bottom"
        case .tabs: "w:tabs"
        case .bold: "w:b"
        case .italic: "w:i"
        case .underline: "w:u"
        case .verticalAlignment: "w:vertAlign"
        case .vanish: "w:vanish"
        case .specialVanish: "w:specVanish"
        case .valueAttribute: "w:val"
        case .typeAttribute: "w:type"
        case .fieldCharacterType: "w:fldCharType"
        case .relationshipId: "r:id"
        case .anchor: "w:anchor"
        case .widthEMU: "cx"
        case .heightEMU: "cy"
        case .description: "descr"
        case .title: "title"
        case .embed: "r:embed"
        case .width: "w:w"
        }
    }

    /// Elements skipped with all their content: the fallback branch of alternate content,
    /// revision history of properties, section and content-control properties, field data,
    /// deleted field instructions and ruby text, which would duplicate or resurrect text no one sees.
    var isIgnoredElement: Bool {
        switch self {
        case .fallback, .paragraphPropertiesChange, .runPropertiesChange, .sectionPropertiesChange, .tablePropertiesChange,
             .tableRowPropertiesChange, .tableCellPropertiesChange, .tableGridChange, .numberingChange,
             .structuredDocumentTagProperties, .sectionProperties, .fieldData, .deletedInstructionText, .rubyText:
            true
        default: false
        }
    }

    /// A name table that already knows every case, at the id equal to its raw value.
    static let nameTable = XMLNameTable(predefined: allCases.map(\.qualifiedName))
}
