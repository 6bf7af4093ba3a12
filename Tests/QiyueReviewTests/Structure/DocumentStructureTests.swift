import XCTest
@testable import QiyueReview

/// Headings, sentences and clauses are found the way a reviewer reads an agreement.
final class DocumentStructureTests: XCTestCase {
    func structure(_ text: String) -> (NormalizedText, DocumentStructure) {
        let normalized = NormalizedText(text)
        return (normalized, DocumentStructure(normalized))
    }

    func testEveryHeadingStyle() {
        let (_, structure) = structure("第一章 总则\n第五条 土地\n一、项目\n（二）支持\n1. 条款\n1.1 细目\n## 第六条 税收\n")
        XCTAssertEqual(structure.headings.map(\.label), ["第一章", "第五条", "一、", "（二）", "1.", "1.1", "第六条"])
        XCTAssertEqual(structure.headings.map(\.level), [0, 1, 1, 2, 2, 2, 1])
    }

    func testArticleLabelNamesTheArticleAndItem() {
        let text = "第五条 土地\n（二）甲方承诺返还土地出让金。\n第六条 税收\n乙方依法纳税。\n"
        let (normalized, structure) = structure(text)
        let rebate = normalized.string(0..<normalized.units.count).range(of: "返还")!.lowerBound.utf16Offset(in: normalized.string(0..<normalized.units.count))
        XCTAssertEqual(structure.articleLabel(at: rebate), "第五条（二）")
        XCTAssertEqual(structure.articleLabel(at: normalized.units.count - 2), "第六条")
        XCTAssertNil(DocumentStructure(NormalizedText("无标题的一句话。")).articleLabel(at: 2))
    }

    func testSentencesEndAtStopsSemicolonsAndLinesAndClausesAtCommas() {
        let (normalized, structure) = structure("甲方承诺，乙方保证；第二句。第三句\n第四句")
        XCTAssertEqual(structure.sentences.map { normalized.string($0.start..<$0.end) }, ["甲方承诺,乙方保证;", "第二句。", "第三句\n", "第四句"])
        XCTAssertEqual(structure.clauses.map { normalized.string($0.start..<$0.end) }, ["甲方承诺,", "乙方保证;", "第二句。", "第三句\n", "第四句"])
    }

    func testThousandsSeparatorsAndTimesAreNotBreaks() {
        let (_, structure) = structure("人民币80,000元，于10:30签署")
        XCTAssertEqual(structure.clauses.count, 2)
    }

    func testOnlyALineEndingColonIsALeadIn() {
        let (_, structure) = structure("甲方：某县人民政府\n甲方承诺如下：\n（一）返还")
        XCTAssertEqual(structure.clauseEndsWithColon, [false, false, true, false, false])
    }

    /// The bucketed lookup gives the clause a binary search gives, at every offset of texts with
    /// clauses shorter and longer than a bucket, leading blanks (no clause at offset 0) and
    /// offsets past the end.
    func testClauseLookupAgreesWithBinarySearchAtEveryOffset() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["甲方", "，", "。", "\n", "乙方应当按期开工建设并依法纳税", "；", "  ", "第三条 ", String(repeating: "长", count: 70)]
        for _ in 0..<50 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let (normalized, structure) = structure(text)
            for offset in -2...(normalized.units.count + 70) {
                XCTAssertEqual(structure.clauseIndex(containing: offset), structure.searchedClauseIndex(containing: offset), "offset \(offset) in \(text.debugDescription)")
            }
        }
    }
}
