import Foundation
import QiyueCore
import XCTest

/// How a reader tells the review which line breaks are soft, and how positions map back.
final class ExtractedTextTests: XCTestCase {
    func testWithoutOriginsTheReviewDecidesBlocks() {
        let text = ExtractedText(text: "甲方承诺\n地价为每亩8万元。")
        XCTAssertFalse(text.declaresBlocks)
        XCTAssertNil(text.isSoftBreak(afterLine: 1))
    }

    func testOriginsMakeEveryLineABlockUnlessItContinuesOne() {
        // Paragraph 3 holds a w:br: its second piece continues the block.
        let text = ExtractedText(text: "标题\n甲方承诺\n地价为每亩8万元。\n第二条", origins: [
            LineOrigin(line: 1), LineOrigin(line: 3), LineOrigin(line: 3, column: 5, continuesBlock: true), LineOrigin(line: 4),
        ])
        XCTAssertTrue(text.declaresBlocks)
        XCTAssertEqual(text.isSoftBreak(afterLine: 1), false)
        XCTAssertEqual(text.isSoftBreak(afterLine: 2), true)
        XCTAssertEqual(text.isSoftBreak(afterLine: 3), false)
        XCTAssertEqual(text.isSoftBreak(afterLine: 4), false, "the last line has no break after it")
        XCTAssertEqual(text.originalPosition(line: 3, column: 2).line, 3)
        XCTAssertEqual(text.originalPosition(line: 3, column: 2).column, 6)
    }

    func testOriginsWrittenWithoutTheFlagStillDecode() throws {
        let origin = try JSONDecoder().decode(LineOrigin.self, from: Data(#"{"line": 7, "label": "第7段"}"#.utf8))
        XCTAssertEqual(origin, LineOrigin(line: 7, column: 1, label: "第7段", continuesBlock: false))
        let roundTrip = try JSONDecoder().decode(LineOrigin.self, from: JSONEncoder().encode(LineOrigin(line: 2, column: 4, continuesBlock: true)))
        XCTAssertTrue(roundTrip.continuesBlock)
    }

    /// Only the main text counts as text: a footer's 第 1 页 after an empty body does not.
    func testBodyHasTextLooksOnlyAtTheMainLines() {
        let origins = [LineOrigin(line: 1), LineOrigin(line: 2), LineOrigin(line: 1, label: "页脚1 第1段")]
        XCTAssertFalse(ExtractedText(text: " \n\u{3000}\n第 1 页", origins: origins, bodyLineCount: 2).bodyHasText)
        XCTAssertTrue(ExtractedText(text: " \n甲\n第 1 页", origins: origins, bodyLineCount: 2).bodyHasText)
        XCTAssertFalse(ExtractedText(text: "第 1 页", origins: [origins[2]], bodyLineCount: 0).bodyHasText)
        // Without a count every line is main text.
        XCTAssertTrue(ExtractedText(text: " \n\n第 1 页").bodyHasText)
        XCTAssertFalse(ExtractedText(text: " \n\t\n").bodyHasText)
    }
}
