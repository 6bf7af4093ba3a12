import XCTest
@testable import QiyueCore

final class LineIndexTests: XCTestCase {
    func testPositionsOfOffsets() {
        let index = LineIndex("第一条\n甲方\r\n\n乙方")
        XCTAssertEqual(index.lineStarts, [0, 4, 7, 8])
        XCTAssertEqual(index.position(ofOffset: 0).line, 1)
        XCTAssertEqual(index.position(ofOffset: 5).line, 2)
        XCTAssertEqual(index.position(ofOffset: 5).column, 2)
        XCTAssertEqual(index.position(ofOffset: 9).line, 4)
        XCTAssertEqual(index.position(ofOffset: 9).column, 2)
        XCTAssertEqual(index.line(2), "甲方")
        XCTAssertEqual(index.line(3), "")
        XCTAssertNil(index.line(5))
    }

    func testIdenticalLinesGetTheirOwnNumbers() {
        let index = LineIndex("同一行\n同一行\n")
        XCTAssertEqual(index.position(ofOffset: 4).line, 2)
        XCTAssertEqual(index.lines.count, 3)
    }
}
