import QiyueCore
import XCTest
@testable import QiyueReview

/// The engine's reasoning, one behaviour per test: who commits, negation, lawful framing,
/// structure, suppression and positions.
final class ReviewEngineTests: XCTestCase {
    static let engine = ClauseReview.engine

    func rules(_ text: String) -> [String] {
        Self.engine.review(text: text).map(\.ruleID)
    }

    func testTheSameWordsAreLawfulFromTheInvestor() {
        XCTAssertEqual(rules("甲方为乙方的项目贷款提供担保。"), ["guarantee.government-guarantee"])
        XCTAssertEqual(rules("乙方为其项目贷款向银行提供抵押担保。"), [])
        XCTAssertEqual(rules("乙方母公司对乙方的投资义务承担连带保证责任。"), [])
    }

    func testReversedRolesFollowThePreamble() {
        let preamble = "甲方：某某科技有限公司\n乙方：某某县人民政府\n\n"
        XCTAssertEqual(rules(preamble + "乙方为甲方的项目贷款提供担保。\n"), ["guarantee.government-guarantee"])
        XCTAssertEqual(rules(preamble + "甲方为其项目贷款向银行提供担保。\n"), [])
    }

    func testShortNamesFromThePreambleAreParties() {
        let preamble = "甲方：某某经济开发区管理委员会（以下简称“园区”）\n乙方：某某新材料有限公司\n\n"
        XCTAssertEqual(rules(preamble + "园区为乙方的项目贷款提供担保。\n"), ["guarantee.government-guarantee"])
    }

    func testPlatformCompanyDirectedByGovernmentCounts() {
        XCTAssertEqual(rules("甲方协调县城投公司为乙方贷款提供担保。"), ["guarantee.government-guarantee"])
        XCTAssertEqual(rules("甲方协调银行为乙方提供贷款支持。"), [])
    }

    func testNegationAndLawfulFraming() {
        XCTAssertEqual(rules("甲方不得以任何形式返还乙方缴纳的税款。"), [])
        XCTAssertEqual(rules("甲方不提供任何担保。"), [])
        XCTAssertEqual(rules("乙方依法享受国家规定的企业所得税三免三减半优惠。"), [])
        XCTAssertEqual(rules("乙方出口货物依法享受出口退税。"), [])
        XCTAssertEqual(rules("项目用地通过招标拍卖挂牌方式出让，出让价格以成交价为准。"), [])
    }

    /// 不能偿还的部分 names a part; the agent after 由 acts on it, unnegated.
    func testANegationInsideAPartHandedToAnAgentDoesNotReachTheAgentsAct() {
        XCTAssertEqual(rules("乙方不能按期偿还的贷款本息部分由甲方代为偿付。"), ["guarantee.debt-repayment"])
        XCTAssertEqual(rules("乙方不能按期偿还的贷款本息由乙方股东自行筹资偿还，甲方不代为偿付。"), [])
    }

    /// State companies named by their function (县交通投资公司, 国有公司) and a park's investment
    /// company in a party's name are the government side.
    func testStateCompaniesByFunctionAndParkInvestmentCompanies() {
        XCTAssertEqual(rules("甲方协调县交通投资公司为乙方发行的企业债券提供差额补足承诺。"), ["guarantee.government-guarantee"])
        XCTAssertEqual(rules("该国有公司为乙方银行贷款提供担保。"), ["guarantee.government-guarantee"])
        let preamble = "甲方：某某科技有限公司\n乙方：某某县人民政府\n\n"
        XCTAssertEqual(rules(preamble + "乙方（某某园区投资发展有限公司）保证甲方每年获得不低于1000万元的净利润。\n"), ["guarantee.minimum-return"])
    }

    /// A name the article defines (本条所称基数，是指…) brings what it names into the sentence that
    /// uses it; another article's definition, or one naming no tax, brings nothing.
    func testAnArticlesDefinedNameResolvesToWhatItNames() {
        XCTAssertEqual(rules("甲方每年按基数的50%向乙方兑现扶持资金。本条所称基数，是指乙方当年缴纳增值税形成的地方财政收入。"), ["tax.pegged-reward"])
        XCTAssertEqual(rules("甲方每年按基数的50%向乙方兑现扶持资金。本条所称基数，是指乙方当年新增固定资产投资额。"), [])
        XCTAssertEqual(rules("第一条 本条所称基数，是指乙方缴纳的增值税。\n第二条 甲方每年按基数的50%向乙方兑现扶持资金。\n"), [])
    }

    func testALawfulOpeningDoesNotExcuseAnUnlawfulTail() {
        XCTAssertEqual(rules("乙方依法享受国家税收优惠，此外，甲方按乙方缴纳增值税地方留成部分的50%给予奖励。"), ["tax.pegged-reward"])
    }

    func testLeadInActorCarriesToItsItems() {
        let text = "第四条 甲方承诺如下：\n（一）返还乙方缴纳的增值税地方留成部分；\n（二）协助乙方办理审批手续。\n"
        let findings = Self.engine.review(text: text)
        XCTAssertEqual(findings.map(\.ruleID), ["tax.rebate"])
        XCTAssertEqual(findings.first?.article, "第四条（一）")
        XCTAssertEqual(findings.first?.line, 2)
    }

    func testFindingPositionsAreInOriginalCharacters() throws {
        let text = "前言\n甲 方 承 诺 项目用地出让价格为每亩８万元。\n"
        let finding = try XCTUnwrap(Self.engine.review(text: text).first)
        XCTAssertEqual(finding.ruleID, "land.price-promise")
        XCTAssertEqual(finding.line, 2)
        // 用地出让价格: "出让价格" starts at the 13th character of the original line (spaces count).
        XCTAssertEqual(finding.column, 13)
        XCTAssertEqual(finding.endColumn, 17)
        XCTAssertEqual(finding.excerpt, "甲 方 承 诺 项目用地出让价格为每亩８万元。")
        XCTAssertEqual(finding.amounts, [80_000])
    }

    func testFindingsAreMappedThroughTheExtractedTextOrigins() throws {
        // As a DOCX reader would hand it over: line 2 of the text is paragraph 7, starting at column 3.
        let extracted = ExtractedText(text: "标题\n甲方为乙方贷款提供担保。", origins: [LineOrigin(line: 1), LineOrigin(line: 7, column: 3, label: "第7段")])
        let finding = try XCTUnwrap(Self.engine.review(extracted).first)
        XCTAssertEqual([finding.line, finding.column, finding.endColumn], [7, 12, 14])
        XCTAssertEqual(finding.place, "第7段")
        XCTAssertEqual(finding.sourceColumn, 10)
    }

    func testSuppressionWithReasonSilencesTheNextLine() {
        let text = "<!-- qiyue-disable land.price-promise: 经县政府常务会议审议，作为历史遗留项目处理 -->\n甲方承诺项目用地出让价格为每亩8万元。\n"
        XCTAssertEqual(rules(text), [])
    }

    func testSuppressionWithoutReasonStillSuppressesButWarns() {
        let text = "甲方承诺项目用地出让价格为每亩8万元。<!-- qiyue-disable land.price-promise -->\n"
        let findings = Self.engine.review(text: text)
        XCTAssertEqual(findings.map(\.ruleID), ["suppression.missing-reason"])
        XCTAssertEqual(findings.first?.severity, .warning)
    }

    func testSuppressionOfAnUnknownRuleSuggestsTheClosest() {
        let text = "<!-- qiyue-disable land.price-promis: 理由 -->\n甲方承诺项目用地出让价格为每亩8万元。\n"
        let findings = Self.engine.review(text: text)
        XCTAssertEqual(findings.map(\.ruleID), ["suppression.unknown-rule", "land.price-promise"])
        XCTAssertEqual(findings.first?.message.zh, "抑制注释中的规则“land.price-promis”不存在；您是否想输入“land.price-promise”？")
    }

    func testIgnoredRulesDoNotRun() {
        let engine = ReviewEngine(pack: try! RulePack.builtIn(), ignoring: ["land.price-promise"])
        XCTAssertEqual(engine.review(text: "甲方承诺项目用地出让价格为每亩8万元。").map(\.ruleID), [])
    }

    func testOneFindingPerCategoryPerSentenceFromTheFirstRuleInThePack() {
        let text = "甲方承诺项目用地出让价格不超过每亩5万元，超出部分由甲方承担。"
        XCTAssertEqual(rules(text), ["land.price-promise"])
        let everyRule = ReviewEngine(pack: try! RulePack.builtIn(), oneFindingPerCategory: false)
        XCTAssertEqual(Set(everyRule.review(text: text).map(\.ruleID)), ["land.price-promise", "land.price-cap", "land.cost-package", "land.excess-refund"])
    }

    func testCompletenessOnlyForWholeAgreements() {
        XCTAssertEqual(rules("甲方负责协调办理审批手续。"), [])
        let agreement = "# 投资协议\n\n第一条 乙方项目总投资5亿元，2025年6月开工。\n第二条 违约责任：违约方承担违约金。\n第三条 争议由甲方所在地人民法院管辖。\n"
        XCTAssertEqual(rules(agreement), ["completeness.exit-clause"])
        let brochure = "项目推介书\n\n## 一、项目概况\n建设咖啡加工线。\n## 二、区位优势\n交通便利。\n## 三、政策支持\n可按规定申报专项资金。\n"
        XCTAssertEqual(rules(brochure), [], "numbered sections without parties or an agreement title are not an agreement")
    }
}
