import Foundation
import QiyueCore
import QiyueOpinion
import QiyueReview
import XCTest

/// The opinion model: conclusions, numbering, the highlighted span and the exemptions, from
/// real reviews of small agreements.
final class ReviewOpinionTests: XCTestCase {
    static let agreement = """
    # 投资协议

    第一条 甲方承诺项目用地出让价格为每亩8万元。
    第二条 乙方缴纳的增值税地方留成部分，甲方按50%返还乙方。
    第三条 违约方承担违约金。争议由人民法院管辖。
    <!-- qiyue-disable land.fee-rebate: 经县政府常务会议审议，按已公开政策执行 -->
    第四条 甲方返还乙方土地出让金的30%。
    <!-- qiyue-disable tax.rebate: 误标 -->
    第五条 乙方依法纳税。
    """

    func review(_ text: String, path: String = "协议.md") throws -> FileReview {
        let engine = ReviewEngine(pack: try RulePack.builtIn())
        let extracted = ExtractedText(text: text)
        let outcome = engine.outcome(extracted, file: path)
        return FileReview(path: path, findings: outcome.findings, exemptions: outcome.exemptions,
                          source: ReviewedSource(sha256: SHA256.hex(Array(text.utf8)), byteCount: text.utf8.count, text: text))
    }

    func opinion(_ files: [FileReview]) throws -> ReviewOpinion {
        let report = ReviewReport(files: files, rules: try RulePack.builtIn().rules, toolVersion: "9.9")
        return ReviewOpinion(report: report, rulePack: try RulePack.builtIn(), reviewer: "张三", date: "2026-12-03", language: .zh)
    }

    func testEngineExposesExemptionsWithWhatTheySilenced() throws {
        let file = try review(Self.agreement)
        XCTAssertEqual(file.exemptions.count, 2)
        let used = file.exemptions[0]
        XCTAssertEqual(used.ruleIDs, ["land.fee-rebate"])
        XCTAssertEqual(used.reason, "经县政府常务会议审议，按已公开政策执行")
        XCTAssertEqual(used.line, 6)
        XCTAssertEqual(used.targetLine, 7)
        XCTAssertEqual(used.targetText, "第四条 甲方返还乙方土地出让金的30%。")
        XCTAssertEqual(used.suppressed.map(\.ruleID), ["land.fee-rebate"])
        XCTAssertFalse(file.findings.contains { $0.ruleID == "land.fee-rebate" }, "an exempted finding is not reported")
        let unused = file.exemptions[1]
        XCTAssertEqual(unused.targetLine, 9)
        XCTAssertEqual(unused.suppressed, [], "a comment over a lawful line silences nothing, and still leaves a trace")
    }

    func testTheReasonOfAnExemptionIsNotReviewed() throws {
        let text = "<!-- qiyue-disable guarantee.government-guarantee: 经县政府常务会议审议，担保已报省财政厅核准 -->\n甲方协调县属国有平台公司为乙方项目建设银行贷款提供连带责任担保。\n"
        let file = try review(text)
        XCTAssertEqual(file.findings.map(\.ruleID), [], "neither the exempted clause nor the reason's own words are findings")
        XCTAssertEqual(file.exemptions.first?.suppressed.map(\.ruleID), ["guarantee.government-guarantee"])
    }

    func testFindingsAreNumberedWithTheSpanMarked() throws {
        let opinion = try opinion([try review(Self.agreement)])
        XCTAssertEqual(opinion.conclusion, .reviseBeforeSigning)
        let file = opinion.files[0]
        XCTAssertEqual(file.findings.map(\.ruleID), ["land.price-promise", "tax.rebate"])
        XCTAssertEqual(file.findings.map(\.number), [1, 2])
        let first = file.findings[0]
        XCTAssertEqual(first.location, "第一条 · 第3行")
        XCTAssertEqual(first.excerpt.text, "第一条 甲方承诺项目用地出让价格为每亩8万元。")
        XCTAssertEqual(first.excerpt.marked, "出让价格")
        XCTAssertEqual(first.excerpt.before, "第一条 甲方承诺项目用地")
        XCTAssertFalse(first.basis.isEmpty)
        XCTAssertEqual(file.sha256, SHA256.hex(Array(Self.agreement.utf8)))
        XCTAssertEqual(file.lines.count, 9)
    }

    func testEachFindingCarriesTheLawfulWordingOfItsRule() throws {
        let pack = try RulePack.builtIn()
        let file = try opinion([try review(Self.agreement)]).files[0]
        for finding in file.findings + file.missing {
            XCTAssertEqual(finding.rewrite, pack.rules.first { $0.id == finding.ruleID }?.rewrite?.zh, finding.ruleID)
        }
        XCTAssertNotNil(file.findings.first { $0.ruleID == "tax.rebate" }?.rewrite)
        let exit = try XCTUnwrap(file.missing.first { $0.ruleID == "completeness.exit-clause" })
        XCTAssertTrue(exit.rewrite?.hasPrefix("退出机制：") == true, exit.rewrite ?? "")
    }

    func testSummaryCountsByCategoryAndSeverity() throws {
        let opinion = try opinion([try review(Self.agreement)])
        let rows = Dictionary(uniqueKeysWithValues: opinion.summary.rows.map { ($0.category, $0.counts) })
        XCTAssertEqual(rows[.land], [1, 0, 0])
        XCTAssertEqual(rows[.tax], [1, 0, 0])
        XCTAssertEqual(rows[.guarantee], [0, 0, 0])
        XCTAssertEqual(opinion.summary.totals[0], 2)
    }

    func testConclusionsOverSeveralFiles() throws {
        let clean = try review("乙方依法纳税。\n", path: "b.txt")
        XCTAssertEqual(try opinion([clean]).conclusion, .noViolationFound)
        let unread = FileReview(path: "c.doc", error: "请另存为 .docx 后再审查")
        let mixed = try opinion([try review(Self.agreement), clean, unread])
        XCTAssertEqual(mixed.files.map(\.conclusion), [.reviseBeforeSigning, .noViolationFound, .notReviewed])
        XCTAssertEqual(mixed.conclusion, .notReviewed, "a file not reviewed must never let the whole run read as passed")
        XCTAssertEqual(mixed.files.map(\.number), [1, 2, 3])
        XCTAssertEqual(mixed.subject, "3 份文件")
    }

    func testCRLFTextKeepsItsLines() throws {
        let text = "第一条 甲方承诺项目用地出让价格为每亩8万元。\r\n第二条 乙方依法纳税。\r\n"
        let opinion = try opinion([try review(text, path: "a.txt")])
        XCTAssertEqual(opinion.files[0].lines, ["第一条 甲方承诺项目用地出让价格为每亩8万元。", "第二条 乙方依法纳税。", ""])
    }
}
