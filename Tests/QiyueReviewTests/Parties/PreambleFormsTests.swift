import XCTest
@testable import QiyueReview

/// Roles come from every preamble form, and what depends on them (who promises, what an
/// agreement lacks) follows the roles of the document rather than the convention.
final class PreambleFormsTests: XCTestCase {
    static let engine = ClauseReview.engine

    func table(_ text: String) -> PartyTable {
        let normalized = NormalizedText(text)
        return PartyDetector.detect(in: normalized, structure: DocumentStructure(normalized))
    }

    func testSeveralPartiesOnOneLine() {
        let parties = table("甲方：某某科技有限公司；乙方：某某县人民政府\n第一条 项目\n")
        XCTAssertEqual(parties.side(ofRole: "甲方"), .investor)
        XCTAssertEqual(parties.side(ofRole: "乙方"), .government)
    }

    func testRoleWithItsNameWhereThePartyActs() {
        let parties = table("第七条 乙方（某某县人民政府）向甲方（某某锂业有限公司）保证按期交地。\n")
        XCTAssertEqual(parties.side(ofRole: "乙方"), .government)
        XCTAssertEqual(parties.side(ofRole: "甲方"), .investor)
    }

    /// A name in brackets wrapped onto the next line, soft or hard, is read whole: the role
    /// still has its side, and the state-owned company's mortgage is still the government's.
    func testInlineRoleWrappedInsideItsName() {
        let wrapped = "甲方（某某区人民政府）、乙方（某某能源科技有限公司）、丙方（某某区国有资本运营有限公\n司）三方约定：乙方项目融资缺口部分，由丙方以其名下国有土地使用权为乙方向贷款银行设定抵押。\n"
        XCTAssertEqual(table(wrapped).side(ofRole: "丙方"), .government)
        XCTAssertEqual(Set(Self.engine.review(text: wrapped).map(\.category)), [.guarantee])
        let header = "甲方（某某市人民政府）、乙方（某某材料有限公司）、丙方（某某市城市发展投资集团有限公\n司）：\n丙方以其名下储备地块为乙方项目贷款设定抵押。\n"
        XCTAssertEqual(table(header).side(ofRole: "丙方"), .government)
        XCTAssertEqual(Set(Self.engine.review(text: header).map(\.category)), [.guarantee])
    }

    func testInlineGovernmentRoleMakesItsPromiseTheGovernments() {
        let text = "乙方（某某县人民政府）承诺甲方（某某锂业有限公司）项目用地出让价格为每亩6万元。\n"
        XCTAssertEqual(Set(Self.engine.review(text: text).map(\.category)), [.land])
        let reversed = "乙方（某某锂业有限公司）承诺按每亩6万元的出让价格参加竞买，以成交价为准。\n"
        XCTAssertEqual(Self.engine.review(text: reversed).filter { $0.category == .land }.map(\.ruleID), [])
    }

    /// An agreement whose investor is 甲方 states the investment as 甲方's act: no warning that
    /// the investor's obligations are missing, and when they are, the warning names no role.
    func testCompletenessFollowsTheDocumentsRoles() {
        let body = "投资合作协议\n甲方：某某新能源科技有限公司\n乙方：某某县人民政府\n\n第一条 甲方计划在乙方辖区投资12亿元建设储能电池项目。\n第二条 甲方应在取得土地后六个月内开工，二十四个月内投产。\n第三条 任何一方违约的，应承担违约责任。\n第四条 发生争议的，提交某某仲裁委员会仲裁。\n第五条 甲方未按期开工的，乙方有权解除本协议。\n"
        let rules = Self.engine.review(text: body).map(\.ruleID)
        XCTAssertFalse(rules.contains("completeness.investment-obligations"), "\(rules)")
        let withoutInvestment = body.replacingOccurrences(of: "第一条 甲方计划在乙方辖区投资12亿元建设储能电池项目。\n", with: "第一条 甲方在乙方辖区建设储能电池项目。\n")
        let finding = Self.engine.review(text: withoutInvestment).first { $0.ruleID == "completeness.investment-obligations" }
        XCTAssertEqual(finding?.message.zh, "协议未约定投资方的投资义务（投资总额、投资强度）")
    }
}
