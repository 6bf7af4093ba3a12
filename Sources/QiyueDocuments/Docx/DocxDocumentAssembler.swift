/// Builds the document model from the body's items.
///
/// Heading styles become headings; numbered paragraphs become clauses (bulleted ones
/// list items), with deeper levels nested under the clause above them; tables keep their
/// header rows, column widths and merged cells; a page break follows its paragraph.
/// An unnumbered paragraph closes the open clauses, so closing text such as the signature
/// lines never ends up inside the last article.
struct DocxDocumentAssembler {
    private struct OpenClause {
        var level: Int
        var label: String
        var content: [Inline]
        var children: [Block] = []
    }

    private struct TableUnderConstruction {
        var widths: [Double]
        var rows: [[TableCell]] = []
        var headerRows = 0
        var headerRowsAreLeading = true
        var row: [TableCell] = []
        var cell: [Inline] = []
        var cellHasContent = false
        var gridColumn = 0
        var span = 1
        var merge = DocxBodyItem.VerticalMerge.none
        /// Grid column → (row, cell index) of the cell a vertical merge started in.
        var mergeOrigins: [Int: (row: Int, cell: Int)] = [:]
    }

    private(set) var blocks: [Block] = []
    private var clauses: [OpenClause] = []
    private var bullets: [[Block]] = []
    private var tables: [TableUnderConstruction] = []

    mutating func add(_ items: [DocxBodyItem]) {
        for item in items {
            switch item {
            case let .paragraph(paragraph):
                if tables.isEmpty { add(paragraph) } else { addToCell(paragraph) }
            case let .tableStart(widths):
                if tables.isEmpty { closeAll() }
                tables.append(TableUnderConstruction(widths: widths))
            case let .rowStart(isHeader):
                if isHeader, tables[tables.count - 1].headerRowsAreLeading { tables[tables.count - 1].headerRows += 1 }
                if !isHeader { tables[tables.count - 1].headerRowsAreLeading = false }
                tables[tables.count - 1].gridColumn = 0
            case let .cellStart(span, merge):
                tables[tables.count - 1].span = span
                tables[tables.count - 1].merge = merge
                tables[tables.count - 1].cell = []
                tables[tables.count - 1].cellHasContent = false
            case .cellEnd: endCell()
            case .rowEnd:
                let row = tables[tables.count - 1].row
                tables[tables.count - 1].rows.append(row)
                tables[tables.count - 1].row = []
            case .tableEnd: endTable()
            case .noteStart: break
            }
        }
    }

    /// Closes whatever is open and returns the blocks.
    mutating func finish() -> [Block] {
        closeAll()
        return blocks
    }

    private mutating func add(_ paragraph: DocxParagraph) {
        let content = DocxInlineBuilder.inlines(paragraph.segments)
        if let level = paragraph.headingLevel {
            closeAll()
            var heading = content
            if let label = paragraph.numberLabel, !paragraph.isBullet, !label.isEmpty {
                heading.insert(.text(label + (paragraph.labelHasSeparator ? " " : "")), at: 0)
            }
            blocks.append(.heading(level: level, content: heading))
        } else if paragraph.isBullet {
            closeClauses()
            bullets.append([.paragraph(content)])
        } else if let label = paragraph.numberLabel {
            closeBullets()
            while let last = clauses.last, last.level >= paragraph.listLevel { closeLastClause() }
            clauses.append(OpenClause(level: paragraph.listLevel, label: label, content: content))
        } else if !content.isEmpty {
            closeAll()
            blocks.append(.paragraph(content))
        }
        if paragraph.hasPageBreak {
            closeAll()
            blocks.append(.pageBreak)
        }
    }

    private mutating func addToCell(_ paragraph: DocxParagraph) {
        let text = paragraph.numberLabel.map { paragraph.isBullet ? [] : [Inline.text($0 + " ")] } ?? []
        let content = text + DocxInlineBuilder.inlines(paragraph.segments)
        guard !content.isEmpty else { return }
        let index = tables.count - 1
        if tables[index].cellHasContent { tables[index].cell.append(.lineBreak) }
        tables[index].cell += content
        tables[index].cellHasContent = true
    }

    private mutating func endCell() {
        var table = tables.removeLast()
        let column = table.gridColumn
        table.gridColumn += table.span
        if table.merge == .continue, let origin = table.mergeOrigins[column] {
            if origin.row == table.rows.count {
                table.row[origin.cell].rowSpan += 1
            } else {
                table.rows[origin.row][origin.cell].rowSpan += 1
            }
        } else {
            if table.merge == .restart {
                table.mergeOrigins[column] = (table.rows.count, table.row.count)
            } else {
                table.mergeOrigins[column] = nil
            }
            table.row.append(TableCell(table.cell, columnSpan: table.span))
        }
        tables.append(table)
    }

    private mutating func endTable() {
        let finished = tables.removeLast()
        let table = Table(rows: finished.rows, headerRowCount: finished.headerRows, columnWidths: finished.widths)
        if tables.isEmpty {
            blocks.append(.table(table))
        } else {
            // A table nested in a cell is kept as text in that cell, row by row.
            let index = tables.count - 1
            for row in table.rows {
                if tables[index].cellHasContent { tables[index].cell.append(.lineBreak) }
                tables[index].cell.append(.text(row.map { $0.content.plainText }.joined(separator: " | ")))
                tables[index].cellHasContent = true
            }
        }
    }

    private mutating func closeAll() {
        closeClauses()
        closeBullets()
    }

    private mutating func closeBullets() {
        guard !bullets.isEmpty else { return }
        blocks.append(.list(ordered: false, start: 1, items: bullets))
        bullets = []
    }

    private mutating func closeClauses() {
        while !clauses.isEmpty { closeLastClause() }
    }

    private mutating func closeLastClause() {
        let clause = clauses.removeLast()
        let block = Block.clause(label: clause.label, content: clause.content, children: clause.children)
        if clauses.isEmpty {
            blocks.append(block)
        } else {
            clauses[clauses.count - 1].children.append(block)
        }
    }
}
