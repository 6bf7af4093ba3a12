/// Turns flat table markup into the table, row and cell items the assemblers read.
///
/// Neither RTF nor Word 97–2003 has a table element: a paragraph is marked as in a table
/// (`\intbl`, sprmPFInTable), a cell ends at `\cell` or `\x07`, a row at `\row` or a row-end
/// mark, and the first paragraph not in a table ends the table. The tracker opens
/// what a table paragraph needs and closes what a plain paragraph leaves behind.
struct FlatTableTracker {
    private(set) var isTableOpen = false
    private var isRowOpen = false
    private var isCellOpen = false
    /// The right edges (`\cellxN`, twips) of the current row definition, for column widths.
    private var cellEdges: [Int] = []

    mutating func rowDefinition() { cellEdges = [] }

    mutating func cellEdge(_ twips: Int) {
        if cellEdges.count < 1_000 { cellEdges.append(twips) }
    }

    /// Adds a paragraph, inside a cell when `inTable`.
    mutating func add(_ paragraph: DocxParagraph, inTable: Bool, to items: inout [DocxBodyItem]) {
        if inTable {
            openCell(in: &items)
        } else {
            close(into: &items)
        }
        items.append(.paragraph(paragraph))
    }

    /// `\cell`: the paragraph before it was the cell's last.
    mutating func endCell(in items: inout [DocxBodyItem]) {
        openCell(in: &items)
        items.append(.cellEnd)
        isCellOpen = false
    }

    /// `\row`.
    mutating func endRow(in items: inout [DocxBodyItem]) {
        if isCellOpen { endCell(in: &items) }
        if isRowOpen { items.append(.rowEnd) }
        isRowOpen = false
    }

    /// Ends an open table (at a plain paragraph or the end of the document).
    mutating func close(into items: inout [DocxBodyItem]) {
        guard isTableOpen else { return }
        endRow(in: &items)
        items.append(.tableEnd)
        isTableOpen = false
    }

    private mutating func openCell(in items: inout [DocxBodyItem]) {
        if !isTableOpen {
            var left = 0
            let widths = cellEdges.map { edge -> Double in
                defer { left = edge }
                return Double(max(edge - left, 1))
            }
            items.append(.tableStart(columnWidths: widths))
            isTableOpen = true
        }
        if !isRowOpen {
            items.append(.rowStart(isHeader: false))
            isRowOpen = true
        }
        if !isCellOpen {
            items.append(.cellStart(columnSpan: 1, verticalMerge: .none))
            isCellOpen = true
        }
    }
}
