import QiyueCore

/// The cells of a `Table` placed on a rectangular grid, as Word needs them.
///
/// The model omits the cells a merged cell covers; Word instead wants every row to fill the
/// grid, with `w:gridSpan` for horizontal merges and a `w:vMerge` continuation cell in each
/// row a vertical merge passes through. This type computes that placement once so the DOCX
/// and HTML writers agree on it.
struct TableGrid {
    enum Slot: Equatable {
        /// A real cell starting at `column`.
        case cell(TableCell, column: Int)
        /// The continuation of a vertically merged cell from a row above.
        case continuation(columnSpan: Int, column: Int)
        /// Padding for a row shorter than the grid.
        case empty(column: Int)
    }

    var rows: [[Slot]]
    var columnCount: Int

    init(_ table: Table) {
        // Remaining rows of vertical merges, by column: (rows left, span of the merged cell).
        var pending: [Int: (rows: Int, span: Int)] = [:]
        var placed: [[Slot]] = []
        var width = 0
        for row in table.rows {
            var slots: [Slot] = []
            var column = 0
            var cells = row[...]
            func takeContinuations() {
                while let merge = pending[column], merge.rows > 0 {
                    slots.append(.continuation(columnSpan: merge.span, column: column))
                    pending[column] = merge.rows > 1 ? (merge.rows - 1, merge.span) : nil
                    column += merge.span
                }
            }
            takeContinuations()
            while let cell = cells.popFirst() {
                let span = max(1, cell.columnSpan)
                slots.append(.cell(cell, column: column))
                if cell.rowSpan > 1 { pending[column] = (cell.rowSpan - 1, span) }
                column += span
                takeContinuations()
            }
            // Merges from above that lie beyond this row's last cell.
            for start in pending.keys.sorted() where start >= column {
                if let merge = pending[start] {
                    while column < start { slots.append(.empty(column: column)); column += 1 }
                    slots.append(.continuation(columnSpan: merge.span, column: column))
                    pending[start] = merge.rows > 1 ? (merge.rows - 1, merge.span) : nil
                    column += merge.span
                }
            }
            width = max(width, column)
            placed.append(slots)
        }
        for index in placed.indices {
            var column = placed[index].last.map(Self.end(of:)) ?? 0
            while column < width { placed[index].append(.empty(column: column)); column += 1 }
        }
        rows = placed
        columnCount = width
    }

    private static func end(of slot: Slot) -> Int {
        switch slot {
        case let .cell(cell, column): return column + max(1, cell.columnSpan)
        case let .continuation(span, column): return column + span
        case let .empty(column): return column + 1
        }
    }

    /// Column widths scaled to `total`: the table's relative widths when it has one per column,
    /// else widths following the content, so that a `序号` column is narrow and a description
    /// column wide. A column's weight is the display width of its longest single-column cell
    /// (Chinese characters count two), kept between 4 and 40 so no column vanishes or dominates.
    func columnWidths(of table: Table, total: Int) -> [Int] {
        guard columnCount > 0 else { return [] }
        var relative = table.columnWidths
        if relative.count != columnCount || !relative.allSatisfy({ $0 > 0 }) {
            var longest = Array(repeating: 0, count: columnCount)
            for row in rows {
                for slot in row {
                    if case let .cell(cell, column) = slot, cell.columnSpan <= 1 {
                        let width = cell.content.plainText.split(separator: "\n").map { DisplayWidth.of($0) }.max() ?? 0
                        longest[column] = max(longest[column], width)
                    }
                }
            }
            relative = longest.map { Double(min(max($0, 4), 40)) }
        }
        let sum = relative.reduce(0, +)
        return relative.map { Int((Double(total) * $0 / sum).rounded(.down)) }
    }
}
