import XCTest
@testable import QiyueDocuments

final class TableGridTests: XCTestCase {
    func testMergedCellsArePlacedOnTheGrid() {
        let grid = TableGrid(DocxPythonOracleTests.mergedTable)
        XCTAssertEqual(grid.columnCount, 3)
        XCTAssertEqual(grid.rows.map { $0.map(Self.describe) }, [
            ["甲@0", "乙@2"],
            ["丙@0", "丁@1", "戊@2"],
            ["↑@0", "己@1", "庚@2"],
        ])
    }

    func testShortRowsArePaddedAndMergesAtTheEndContinue() {
        let table = Table(rows: [
            [TableCell([.text("a")]), TableCell([.text("b")], rowSpan: 3)],
            [TableCell([.text("c")])],
            [],
        ])
        XCTAssertEqual(TableGrid(table).rows.map { $0.map(Self.describe) }, [["a@0", "b@1"], ["c@0", "↑@1"], ["·@0", "↑@1"]])
    }

    func testColumnWidthsAreScaledOrEqual() {
        let table = Table(rows: [[TableCell([]), TableCell([])]], columnWidths: [1, 3])
        XCTAssertEqual(TableGrid(table).columnWidths(of: table, total: 8000), [2000, 6000])
        let equal = Table(rows: [[TableCell([]), TableCell([])]], columnWidths: [1])
        XCTAssertEqual(TableGrid(equal).columnWidths(of: equal, total: 8000), [4000, 4000])
    }

    func testWithoutWidthsColumnsFollowTheirContent() {
        let table = Table(rows: [
            [TableCell([.text("序号")]), TableCell([.text("项目名称")]), TableCell([.text("合并")], columnSpan: 2)],
            [TableCell([.text("1")]), TableCell([.text("年产五万吨磷酸铁锂正极材料项目")]), TableCell([.text("a")]), TableCell([.text(String(repeating: "长", count: 50))])],
        ])
        // Weights: 4 (序号 = 4 columns), 30 (15 Han characters), 4 (minimum), 40 (maximum).
        XCTAssertEqual(TableGrid(table).columnWidths(of: table, total: 7800), [400, 3000, 400, 4000])
    }

    private static func describe(_ slot: TableGrid.Slot) -> String {
        switch slot {
        case let .cell(cell, column): return "\(cell.content.plainText)@\(column)"
        case let .continuation(_, column): return "↑@\(column)"
        case let .empty(column): return "·@\(column)"
        }
    }
}
