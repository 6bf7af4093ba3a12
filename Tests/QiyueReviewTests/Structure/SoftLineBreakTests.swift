import QiyueCore
import XCTest
@testable import QiyueReview

/// A hard line break inside a sentence, as text pasted from a PDF has, neither cuts the sentence
/// nor moves a finding off the line and column where its words stand in the file.
final class SoftLineBreakTests: XCTestCase {

    func testActorOnTheFirstLineAndActOnTheSecond() throws {
        let text = ClauseReview.preamble + "甲方同意乙方项目用地的出让价格按照\n每亩5万元确定，由甲方负责落实。\n"
        let findings = ClauseReview.engine.review(text: text).filter { $0.category == .land }
        let finding = try XCTUnwrap(findings.first, "the promise spans the break and is still the government's")
        // The trigger (出让价格) stands on line 4, column 12 of the file.
        XCTAssertEqual(finding.line, 4)
        XCTAssertEqual(finding.column, 12)
    }

    func testInvestorsDepositOnTheNextLineIsNotTheGovernmentsGuarantee() {
        let text = ClauseReview.preamble + "乙方应在本协议签订后十五个工作日内向甲方缴纳\n履约保证金200万元，项目按期投产后甲方予以退还。\n"
        let findings = ClauseReview.engine.review(text: text).filter { $0.category == .guarantee }
        XCTAssertEqual(findings.map(\.ruleID), [])
    }

    func testWordSplitByTheBreakIsStillRead() throws {
        let text = ClauseReview.preamble + "甲方为乙方向银行申请的项目贷款提供连带责任保\n证，担保期限至贷款还清之日止。\n"
        let finding = try XCTUnwrap(ClauseReview.engine.review(text: text).first { $0.category == .guarantee })
        XCTAssertEqual(finding.line, 4)
    }

    func testBlockEndsAreNotSoft() {
        let breaks = BlockBreaks.inferred("投资合作协议\n甲方：某某县人民政府\n乙方：某某科技有限公司\n\n第一条 项目概况\n乙方在甲方辖区投资建设新能源电池\n项目，总投资10亿元。\n（一）甲方负责协调水电\n二、其他")
        XCTAssertEqual(breaks, [false, false, false, false, false, true, false, false, false])
    }

    func testRoleLinesEndTheirBlockWithoutABlankLine() throws {
        // Pasted text often has no blank line between the parties and the first clause; the
        // clause must not be read as the rest of 乙方's name.
        let breaks = BlockBreaks.inferred("甲方：某某县人民政府\n乙方：某某新材料科技有限公司\n甲方为乙方贷款提供连带责任担保。\n备注：乙方应在签约后三十日内完成注册，注册资本不低于\n5000万元。")
        XCTAssertEqual(breaks, [false, false, false, true, false])
        let text = "甲方：某某县人民政府\n乙方：某某新材料科技有限公司\n甲方为乙方贷款提供连带责任担保。\n"
        let finding = try XCTUnwrap(ClauseReview.engine.review(text: text).first { $0.category == .guarantee })
        XCTAssertEqual(finding.ruleID, "guarantee.government-guarantee")
        XCTAssertEqual(finding.line, 3)
    }

    func testAShortTailOfAWrappedSentenceIsNoTitle() throws {
        // 实 alone on a line looks like a title, but the break before it was soft: the
        // sentence goes on to the next line and keeps its actor.
        let breaks = BlockBreaks.inferred("由乙方或其\n实\n际控制人按投资本金回购股权。")
        XCTAssertEqual(breaks, [true, true, false])
        XCTAssertEqual(BlockBreaks.inferred("合作协议\n甲方承诺如下："), [false, false], "a title that begins its block still ends it")
    }

    func testAWrappedClauseIsNotTheTitleOfAnAgreement() {
        // Cut in two, 本协议第五条的约定，依法… leaves a first piece naming 协议; it is no heading, so
        // a clause alone is not taken for an agreement lacking its completeness elements.
        let text = ClauseReview.preamble.replacingOccurrences(of: "\n\n", with: "\n") + "乙方按本协议第五条的约定，依法\n享受国家规定的税收优惠政策，由税务机关依法办理。\n"
        XCTAssertEqual(ClauseReview.engine.review(text: text).map(\.ruleID), [])
    }

    func testALabelAfterALineCutMidPhraseContinuesTheSentence() {
        // 下列比例给予扶持： looks like a label line, but the line before stops on 按.
        XCTAssertEqual(BlockBreaks.inferred("乙方缴纳的税收形成的区级收入，按\n下列比例给予扶持：第一年为百分之百。\n备注：无"), [true, false, false])
    }

    func testAOneCharacterLabelAfterAnUnfinishedLineIsTheTailOfACutWord() {
        // 返⏎还： is 返还 cut by the break; 注： after a finished sentence is still a note.
        XCTAssertEqual(BlockBreaks.inferred("乙方缴纳的土地出让金，甲方按乙方投资强度分档返\n还：每亩300万元以上的返还70%。\n注：无"), [true, false, false])
        XCTAssertEqual(BlockBreaks.inferred("乙方缴纳的土地出让金，甲方按乙方投资强度分档返还。\n注：按年度核定"), [false, false])
    }

    func testDeclaredBlocksAreTrusted() {
        let extracted = ExtractedText(text: "甲方承诺\n每亩5万元\n第二段", origins: [
            LineOrigin(line: 1), LineOrigin(line: 1, column: 5, continuesBlock: true), LineOrigin(line: 2),
        ])
        XCTAssertEqual(BlockBreaks.softBreaks(of: extracted), [true, false, false])
    }
}
