/// Tables and the signature block.
extension DocxBodyWriter {
    func writeTable(_ table: Table) {
        let grid = TableGrid(table)
        guard grid.columnCount > 0 else { return }
        if table.isKeyFigures, table.rows.count == 2 { return writeKeyFigures(table, columns: grid.columnCount) }
        separateFromPreviousTable()
        let widths = grid.columnWidths(of: table, total: style.textWidth)
        // A short table is kept on one page (each row's text kept with the next row), so that
        // no row of a figures table is left alone at the top of the next page.
        let keepsTogether = grid.rows.count <= Self.rowsKeptTogether
        let borders = DocxStylesPart.borders(["top", "left", "bottom", "right", "insideH", "insideV"], value: "single")
        xml += "<w:tbl><w:tblPr><w:tblStyle w:val=\"\(DocxStylesPart.ID.tableGrid)\"/><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
        xml += "<w:jc w:val=\"center\"/><w:tblBorders>\(borders)</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (rowIndex, row) in grid.rows.enumerated() where !isFull {
            let isHeader = rowIndex < table.headerRowCount
            xml += "<w:tr><w:trPr><w:cantSplit/>\(isHeader ? "<w:tblHeader/>" : "")</w:trPr>"
            for slot in row {
                switch slot {
                case let .cell(cell, column):
                    let span = max(1, cell.columnSpan)
                    let width = widths[column..<min(column + span, widths.count)].reduce(0, +)
                    var properties = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
                    if span > 1 { properties += "<w:gridSpan w:val=\"\(span)\"/>" }
                    if cell.rowSpan > 1 { properties += "<w:vMerge w:val=\"restart\"/>" }
                    if isHeader { properties += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>" }
                    properties += "<w:vAlign w:val=\"center\"/>"
                    let alignment = isHeader ? "center" : wordAlignment(table.alignments, column: column)
                    let content = isHeader ? [Inline.bold(cell.content)] : cell.content
                    xml += "<w:tc><w:tcPr>\(properties)</w:tcPr>"
                    let keep = keepsTogether && rowIndex + 1 < grid.rows.count ? "<w:keepNext/>" : ""
                    paragraph(style: DocxStylesPart.ID.tableText, properties: keep + "<w:jc w:val=\"\(alignment)\"/>", runs: runs(content, font: style.bodyFont))
                    xml += "</w:tc>"
                case let .continuation(span, column):
                    let width = widths[column..<min(column + span, widths.count)].reduce(0, +)
                    xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "")<w:vMerge/></w:tcPr>"
                    paragraph(style: DocxStylesPart.ID.tableText, runs: "")
                    xml += "</w:tc>"
                case let .empty(column):
                    xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[column])\" w:type=\"dxa\"/></w:tcPr>"
                    paragraph(style: DocxStylesPart.ID.tableText, runs: "")
                    xml += "</w:tc>"
                }
            }
            xml += "</w:tr>"
        }
        xml += "</w:tbl>"
        lastBlockWasTable = true
    }

    /// The most rows a table may have and still be kept on one page.
    static let rowsKeptTogether = 12

    /// The parties side by side, two per row, in a table without borders: role and name on the
    /// first line, then the lines to sign on, each its own paragraph.
    func writeSignatureBlock(_ parties: [SignatureParty]) {
        guard !parties.isEmpty else { return }
        if style.signatureLayout == .stackedWithSealSpace { return writeStackedSignatureBlock(parties) }
        separateFromPreviousTable()
        let half = style.textWidth / 2
        startBorderlessTable(columns: [half, half])
        for rowStart in stride(from: 0, to: parties.count, by: 2) {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for party in [parties[rowStart], rowStart + 1 < parties.count ? parties[rowStart + 1] : nil] {
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(half)\" w:type=\"dxa\"/></w:tcPr>"
                if let party {
                    let heading = party.name.isEmpty ? party.role : "\(party.role)：\(party.name)"
                    for line in [heading] + party.lines { sideBySideLine(line, width: half) }
                } else {
                    paragraph(style: DocxStylesPart.ID.signature, runs: "")
                }
                xml += "</w:tc>"
            }
            xml += "</w:tr>"
        }
        xml += "</w:tbl>"
        lastBlockWasTable = true
    }

    /// One line of a party's half of the row. At 小四 the half holds sixteen characters, exactly
    /// `法定代表人或授权代表（签字）：`, so a longer company name would wrap under its seal; a line
    /// that would wrap is set in the largest smaller size that keeps it on one line, as the
    /// official layout does.
    private func sideBySideLine(_ text: String, width: Int) {
        let size = Self.fittingSize(text, available: width - DocxStyle.cellPadding, preferred: style.bodySize)
        let sized = size == style.bodySize ? "" : "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>"
        let run = "<w:r><w:rPr>\(style.runFonts(style.bodyFont))\(sized)</w:rPr>\(DocxBodyWriter.textElements(text))</w:r>"
        paragraph(style: DocxStylesPart.ID.signature, runs: run)
    }

    private func wordAlignment(_ alignments: [TableAlignment], column: Int) -> String {
        guard column < alignments.count else { return "left" }
        switch alignments[column] {
        case .left: return "left"
        case .center: return "center"
        case .right: return "right"
        }
    }

    /// Opens a table without borders (the signature blocks, the cover band, the key figures):
    /// fixed layout at the sum of `columns`, optionally centred and with its own cell margins,
    /// and its grid. The caller writes the rows and closes the table.
    func startBorderlessTable(columns: [Int], centred: Bool = false, cellMargins: String = "") {
        let none = DocxStylesPart.borders(["top", "left", "bottom", "right", "insideH", "insideV"], value: "nil")
        xml += "<w:tbl><w:tblPr><w:tblW w:w=\"\(columns.reduce(0, +))\" w:type=\"dxa\"/>\(centred ? "<w:jc w:val=\"center\"/>" : "")"
        xml += "<w:tblBorders>\(none)</w:tblBorders><w:tblLayout w:type=\"fixed\"/>\(cellMargins)"
        xml += "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
        xml += "<w:tblGrid>" + columns.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
    }
}
