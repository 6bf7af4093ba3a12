import Foundation
import QiyueCore
import XCTest
@testable import QiyueReview

/// Any text, however strange, gives findings or nothing, within bounded time; never a crash.
final class HostileInputTests: XCTestCase {
    static let engine = ClauseReview.engine

    func testRandomScalarSoupNeverCrashesAndPositionsStayInRange() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["甲方", "乙方", "返还", "土地出让金", "担保", "税", "不得", "：", "，", "。", "\n", "（一）", "第五条", " ", "\u{200B}",
                      "８万元", "由", "的", "<!-- qiyue-disable", "-->", "\r\n", "😀", "𠀀", "\u{301}", "〔", "以下简称“", "”）"]
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 0...80, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let lines = text.unicodeScalars.filter { $0 == "\n" }.count + 1
            for finding in Self.engine.review(text: text) {
                XCTAssertGreaterThanOrEqual(finding.line, 1)
                XCTAssertLessThanOrEqual(finding.line, lines)
                XCTAssertGreaterThanOrEqual(finding.column, 1)
                XCTAssertGreaterThanOrEqual(finding.endColumn, finding.column, text)
            }
        }
    }

    func testRandomBytesDecodeOrFailCleanly() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0...200, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if let text = try? PlainTextDecoder.decode(Data(bytes), path: "fuzz") {
                _ = Self.engine.review(text: text)
            }
        }
    }

    func testALongSingleLineIsReviewedInBoundedTime() {
        // 4 MB on one line, findings spread through it: linear work, no quadratic rescans.
        let clause = "甲方承诺项目用地出让价格为每亩8万元，乙方按期开工，"
        let text = String(repeating: clause, count: 4_000_000 / clause.utf8.count)
        let start = Date()
        let findings = Self.engine.review(text: text)
        XCTAssertEqual(findings.count, 1, "one sentence, one finding per category")
        XCTAssertLessThan(Date().timeIntervalSince(start), 30)
        // The report quotes the clause, not the 4 MB line.
        XCTAssertEqual(findings.first?.excerpt, "甲方承诺项目用地出让价格为每亩8万元，")
        XCTAssertLessThan(findings.first?.sourceLine.count ?? .max, 1000)
    }

    func testManyShortSentencesEachGetTheirFinding() {
        let text = String(repeating: "甲方承诺项目用地出让价格为每亩8万元。\n", count: 20_000)
        XCTAssertEqual(Self.engine.review(text: text).count, 20_000)
    }

    /// The negation test reads `clauseReach` units back from a trigger, not to the start of its
    /// clause: a negator further back in a clause with no comma (a pasted line) no longer
    /// negates, and each trigger costs the same whatever the clause's length. Before, every
    /// trigger of a 1 MB clause walked all the negators and words before it.
    func testNegationReachIsBoundedWithinAHugeClause() {
        let near = "甲方不得" + String(repeating: "某", count: 40) + "返还土地出让金。"
        let far = "甲方不得" + String(repeating: "某", count: ReviewEngine.clauseReach + 50) + "返还土地出让金。"
        XCTAssertEqual(Self.engine.review(text: near).map(\.ruleID), [], "a negator in reach negates")
        XCTAssertEqual(Self.engine.review(text: far).map(\.ruleID), ["land.fee-rebate"], "a negator beyond the reach does not")
    }

    /// The exception test (除…外) looks for 除 and 外 only `clauseReach` units either side of the
    /// trigger: before, each trigger of a huge clause scanned back to its start for 除.
    func testExceptionReachIsBoundedWithinAHugeClause() {
        let near = "除" + String(repeating: "某", count: 40) + "甲方承诺返还土地出让金外，乙方自行承担。"
        let far = "除" + String(repeating: "某", count: ReviewEngine.clauseReach + 50) + "甲方承诺返还土地出让金外，乙方自行承担。"
        XCTAssertEqual(Self.engine.review(text: near).map(\.ruleID), [], "an exception in reach excepts")
        XCTAssertEqual(Self.engine.review(text: far).map(\.ruleID), ["land.fee-rebate"], "an exception beyond the reach does not")
    }

    /// Party mentions looked up around a mention (the one before it, the one after it) come
    /// from a binary search and give what a linear search gives.
    func testMentionNeighboursMatchALinearSearch() {
        let mentions = [PartyMention(start: 0, end: 2, side: .government), PartyMention(start: 0, end: 4, side: .government),
                        PartyMention(start: 5, end: 7, side: .investor), PartyMention(start: 9, end: 11, side: .unknown)]
        for offset in -1...12 {
            XCTAssertEqual(ActorResolver.last(in: mentions, endingBy: offset), mentions.last { $0.end <= offset }, "\(offset)")
            XCTAssertEqual(ActorResolver.first(in: mentions, startingFrom: offset), mentions.first { $0.start >= offset }, "\(offset)")
        }
    }
}
