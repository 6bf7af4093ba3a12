import XCTest
@testable import QiyueDocuments

final class ClauseLabelTests: XCTestCase {
    /// The switch that decides numerals holds exactly the documented characters and the digits.
    func testNumeralSwitchAgreesWithTheNumeralSet() {
        let numerals = Set("零〇一二两三四五六七八九十百千".unicodeScalars.map(\.value))
        for value in UInt32(0) ... 0xFFFF {
            XCTAssertEqual(ClauseLabel.isNumeralScalar(value), numerals.contains(value) || (0x30 ... 0x39).contains(value), String(value, radix: 16))
        }
    }

    func testArticleLabels() {
        XCTAssertEqual(ClauseLabel.article(in: "第一条　内容")?.label, "第一条")
        XCTAssertEqual(ClauseLabel.article(in: "第一百二十三条")?.label, "第一百二十三条")
        XCTAssertEqual(ClauseLabel.article(in: "第 3 条 内容")?.label, "第3条")
        XCTAssertEqual(ClauseLabel.article(in: "第一条　内容").map { String($0.rest) }, "　内容")
        XCTAssertNil(ClauseLabel.article(in: "第一章 总则"))
        XCTAssertNil(ClauseLabel.article(in: "第条"))
        XCTAssertNil(ClauseLabel.article(in: "本协议第一条"))
        XCTAssertNil(ClauseLabel.article(in: "第三条的规定另行约定。"))
        XCTAssertEqual(ClauseLabel.article(in: "第三条：内容")?.label, "第三条")
        // The byte-level fast path must agree with the Character rules: a combining mark joins
        // the character before it, so neither `条́` nor `：́` is what the label needs.
        XCTAssertNil(ClauseLabel.article(in: "第三条\u{0301}内容"))
        XCTAssertNil(ClauseLabel.article(in: "第三条：\u{0301}内容"))
        XCTAssertNil(ClauseLabel.article(in: "第一二三四五六七八九条 内容"))
        XCTAssertEqual(ClauseLabel.article(in: "第 12 条").map { "\($0.label)|\($0.rest)" }, "第12条|")
        let spaced = ClauseLabel.article(in: "第 12 条 内容"[...])
        XCTAssertEqual(spaced?.label, "第12条")
        XCTAssertEqual(spaced.map { String($0.rest) }, " 内容")
    }

    func testItemLabels() {
        XCTAssertEqual(ClauseLabel.item(in: "（一）名称")?.label, "（一）")
        XCTAssertEqual(ClauseLabel.item(in: "(12)名称")?.label, "(12)")
        XCTAssertNil(ClauseLabel.item(in: "（注）"))
        XCTAssertNil(ClauseLabel.item(in: "（一"))
    }

    func testSeparators() {
        XCTAssertEqual(ClauseLabel.separator(after: "第五条", before: [.text("内容")]), "\u{3000}")
        XCTAssertEqual(ClauseLabel.separator(after: "第五条", before: [.text("：内容")]), "")
        XCTAssertEqual(ClauseLabel.separator(after: "第五条", before: []), "")
        XCTAssertEqual(ClauseLabel.separator(after: "（一）", before: [.text("内容")]), "")
    }
}
