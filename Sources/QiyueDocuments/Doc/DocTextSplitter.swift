/// Splits the characters of a Word 97–2003 text range into paragraphs and table cells.
///
/// [MS-DOC] 2.4.1's special characters: `\r` ends a paragraph, `\x07` a table cell (or, in a
/// paragraph marked as a row end, the row), `\x0B` is a line break inside the paragraph, and
/// `\x13 instructions \x14 result \x15` is a field whose result is what the reader sees.
/// Picture and footnote anchors and optional hyphens draw nothing and are dropped.
struct DocTextSplitter {
    /// The deepest field nesting followed; deeper fields still end, their text is kept.
    static let maximumFieldDepth = 64

    private let ignoresTables: Bool
    private var items: [DocxBodyItem] = []
    private var tables = FlatTableTracker()
    private var current: [UInt16] = []
    /// Per open field: whether its separator has been seen (its result is being read).
    private var fields: [Bool] = []

    init(ignoresTables: Bool = false) {
        self.ignoresTables = ignoresTables
    }

    /// Adds `units`, the first of them at character position `start`; `properties` answers for
    /// the paragraph whose mark is at a given character position.
    mutating func add(_ units: [UInt16], from start: Int, properties: (Int) -> DocParagraphProperties.Properties) {
        for (index, unit) in units.enumerated() {
            switch unit {
            case 0x13:
                if fields.count < Self.maximumFieldDepth { fields.append(false) }
                continue
            case 0x14:
                if !fields.isEmpty { fields[fields.count - 1] = true }
                continue
            case 0x15:
                _ = fields.popLast()
                continue
            default:
                break
            }
            // Inside a field's instructions nothing is text, not even its paragraph marks.
            if let last = fields.last, !last { continue }
            switch unit {
            case 0x0D, 0x07:
                endParagraph(mark: unit, properties: ignoresTables ? DocParagraphProperties.Properties() : properties(start + index))
            case 0x0B: current.append(0x0A)
            case 0x0C, 0x0E: if !current.isEmpty { endParagraph(mark: 0x0D, properties: properties(start + index)) }
            case 0x1E: current.append(0x2D)
            case 0x01, 0x02, 0x03, 0x04, 0x05, 0x08, 0x1F: continue
            case 0x00..<0x20 where unit != 0x09: continue
            default: current.append(unit)
            }
        }
    }

    mutating func finish() -> [DocxBodyItem] {
        if !current.isEmpty { endParagraph(mark: 0x0D, properties: DocParagraphProperties.Properties()) }
        tables.close(into: &items)
        return items
    }

    private mutating func endParagraph(mark: UInt16, properties: DocParagraphProperties.Properties) {
        let text = String(decoding: current, as: UTF16.self)
        current.removeAll(keepingCapacity: true)
        if properties.isRowEnd {
            tables.endRow(in: &items)
            return
        }
        let inTable = mark == 0x07 || properties.inTable
        let level = inTable ? nil : properties.outlineLevel.map { $0 + 1 } ?? ((1...9).contains(properties.styleIndex) ? properties.styleIndex : nil)
        tables.add(BodyItemDocument.paragraph(text, headingLevel: level), inTable: inTable, to: &items)
        if mark == 0x07 { tables.endCell(in: &items) }
    }
}
