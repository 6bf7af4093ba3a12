/// Builds model tables from the table items of a part, including tables nested in cells.
///
/// Word marks a merged cell on every row it covers (`w:vMerge` "restart" then "continue"
/// cells); the model wants one cell with a row span and the covered cells omitted, so a
/// continuing cell adds to the span of the cell that started the merge in its grid column.
/// A table nested in a cell is kept as text in that cell, one line per row. A table whose
/// paragraphs are all in Word's `Signature` style is the signature block: each cell one
/// party, its first line `甲方（盖章）：名称` split into role and name.
struct DocxTableAssembler {
    private struct TableUnderConstruction {
        var widths: [Double]
        var rows: [[TableCell]] = []
        var headerRows = 0
        var headerRowsAreLeading = true
        var row: [TableCell] = []
        var cell: [Inline] = []
        /// The plain text of each paragraph of the cell, for a signature block.
        var cellLines: [String] = []
        var parties: [SignatureParty] = []
        var allSignature = true
        /// The `Title` and `Subtitle` paragraphs, and whether every paragraph is one of them.
        var titleLines: [[Inline]] = []
        var subtitleLines: [[Inline]] = []
        var allTitle = true
        var gridColumn = 0
        var span = 1
        var merge = DocxBodyItem.VerticalMerge.none
        /// Grid column → (row, cell index) of the cell a vertical merge started in.
        var mergeOrigins: [Int: (row: Int, cell: Int)] = [:]

        mutating func append(_ content: [Inline]) {
            guard !content.isEmpty else { return }
            if !cell.isEmpty { cell.append(.lineBreak) }
            cell += content
        }
    }

    private var tables: [TableUnderConstruction] = []

    var isOpen: Bool { !tables.isEmpty }

    /// Takes one item; returns the outermost table (or signature block) when it ends.
    mutating func add(_ item: DocxBodyItem) -> Block? {
        switch item {
        case let .tableStart(widths):
            tables.append(TableUnderConstruction(widths: widths))
        case let .paragraph(paragraph) where isOpen:
            let label = paragraph.numberLabel.map { paragraph.isBullet || $0.isEmpty ? [] : [Inline.text($0 + " ")] } ?? []
            let content = DocxInlineBuilder.inlines(paragraph.segments, hasLineBreaks: paragraph.hasLineBreak)
            if !content.isEmpty {
                tables[tables.count - 1].append(label + content)
                tables[tables.count - 1].cellLines.append(content.plainText)
                if !paragraph.isSignature { tables[tables.count - 1].allSignature = false }
                switch paragraph.titleRole {
                case .title?: tables[tables.count - 1].titleLines.append(content)
                case .subtitle?: tables[tables.count - 1].subtitleLines.append(content)
                default: tables[tables.count - 1].allTitle = false
                }
            }
        case let .rowStart(isHeader) where isOpen:
            let index = tables.count - 1
            if isHeader, tables[index].headerRowsAreLeading { tables[index].headerRows += 1 }
            if !isHeader { tables[index].headerRowsAreLeading = false }
            tables[index].gridColumn = 0
        case let .cellStart(span, merge) where isOpen:
            let index = tables.count - 1
            tables[index].span = span
            tables[index].merge = merge
            tables[index].cell = []
            tables[index].cellLines = []
        case .cellEnd where isOpen: endCell()
        case .rowEnd where isOpen:
            let index = tables.count - 1
            tables[index].rows.append(tables[index].row)
            tables[index].row = []
        case .tableEnd where isOpen: return endTable()
        default: break
        }
        return nil
    }

    private mutating func endCell() {
        var table = tables.removeLast()
        if let heading = table.cellLines.first {
            let parts = heading.split(separator: "：", maxSplits: 1, omittingEmptySubsequences: false)
            let name = parts.count == 2 ? String(parts[1]) : ""
            table.parties.append(SignatureParty(role: String(parts[0]), name: name, lines: Array(table.cellLines.dropFirst())))
        }
        let column = table.gridColumn
        table.gridColumn += table.span
        if table.merge == .continue, let origin = table.mergeOrigins[column] {
            if origin.row == table.rows.count {
                table.row[origin.cell].rowSpan += 1
            } else {
                table.rows[origin.row][origin.cell].rowSpan += 1
            }
        } else {
            table.mergeOrigins[column] = table.merge == .restart ? (table.rows.count, table.row.count) : nil
            table.row.append(TableCell(table.cell, columnSpan: table.span))
        }
        tables.append(table)
    }

    private mutating func endTable() -> Block? {
        let finished = tables.removeLast()
        let table = Table(rows: finished.rows, headerRowCount: finished.headerRows, columnWidths: finished.widths)
        if !isOpen, finished.allSignature, !finished.parties.isEmpty { return .signatureBlock(finished.parties) }
        if !isOpen, let cover = Self.coverBand(finished) { return cover }
        guard isOpen else { return .table(table) }
        for row in table.rows {
            tables[tables.count - 1].append([.text(row.map { $0.content.plainText }.joined(separator: " | "))])
        }
        return nil
    }

    /// A one-cell table of `Title` and `Subtitle` paragraphs is a brochure cover's band, as the
    /// writer sets it: a cover title page, which the picture and lines after it complete.
    private static func coverBand(_ table: TableUnderConstruction) -> Block? {
        guard table.allTitle, !table.titleLines.isEmpty, table.rows.count == 1, table.rows[0].count == 1 else { return nil }
        return .titlePage(title: [Inline](joiningLines: table.titleLines), subtitle: [Inline](joiningLines: table.subtitleLines), lines: [], cover: TitleCover())
    }
}
