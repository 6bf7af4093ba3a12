import XCTest
@testable import QiyueReview

/// Role lines as headers write them — several parties on one line separated by blanks,
/// abbreviated roles (甲：…/乙：…), a signing label (甲方（盖章）：…), a header pasted right
/// before the promise — define parties and never act in the promise that follows.
final class HeaderRoleLineTests: XCTestCase {
    static let engine = ReviewEngine(pack: try! RulePack.builtIn())

    func table(_ text: String) -> PartyTable {
        let normalized = NormalizedText(text)
        return PartyDetector.detect(in: normalized, structure: DocumentStructure(normalized))
    }

    func findings(_ text: String) -> [Finding] {
        Self.engine.review(text: text).filter { $0.severity >= .warning && $0.category != .completeness }
    }

    func testTwoPartiesOnOneLineSeparatedByABlank() {
        let parties = table("甲方：某某科技有限公司　乙方：某某县人民政府\n第一条 项目\n")
        XCTAssertEqual(parties.side(ofRole: "甲方"), .investor)
        XCTAssertEqual(parties.side(ofRole: "乙方"), .government)
        XCTAssertEqual(parties.parties.first { $0.role == "甲方" }?.name, "某某科技有限公司")
    }

    func testAbbreviatedRolesDefineParties() {
        let parties = table("甲：某某新能源有限公司\n乙：某某县人民政府\n第一条 项目\n")
        XCTAssertEqual(parties.side(ofRole: "甲方"), .investor)
        XCTAssertEqual(parties.side(ofRole: "乙方"), .government)
        // A line of dialogue under an abbreviated role names no party.
        XCTAssertEqual(table("甲：我们同意先把地给你们。\n").parties, [])
    }

    func testASigningLabelStillDefinesTheRole() {
        let parties = table("甲方：某某县人民政府\n乙方：某某科技有限公司\n甲方（盖章）：某某光电有限公司\n乙方（盖章）：某某县人民政府\n")
        XCTAssertEqual(parties.side(ofRole: "甲方"), .investor)
        XCTAssertEqual(parties.side(ofRole: "乙方"), .government)
    }

    /// The header's last name is no actor of the promise that follows it on the same line or on
    /// the next one; the promise is the government's, and so is a lawful one's absence of finding.
    func testAHeaderBeforeThePromiseDoesNotAct() {
        let preamble = "甲方：某某县人民政府\n乙方：某某科技有限公司\n\n"
        for header in ["甲方：云岭县人民政府　乙方：云岭储能科技有限公司……", "甲方：云岭县人民政府；乙方：云岭储能科技有限公司\n", "甲：云岭县人民政府　乙：云岭储能科技有限公司\n"] {
            let unlawful = findings(preamble + header + "甲方以县财政存量资金出质，为乙方的银行授信提供担保。\n")
            XCTAssertEqual(unlawful.map(\.ruleID), ["guarantee.government-guarantee"], header)
            XCTAssertEqual(unlawful.first?.review.frame?.beneficiary?.side, .investor, header)
            XCTAssertEqual(unlawful.first?.review.frame?.giver?.side, .government, header)
            let lawful = findings(preamble + header + "乙方以其自有设备出质，为其银行授信提供担保。\n")
            XCTAssertEqual(lawful.map(\.ruleID), [], header)
        }
    }

    /// A party word inside a quoted fund name (以“企业发展扶持资金”名义) is no beneficiary.
    func testAQuotedFundNameIsNotTheBeneficiary() throws {
        let text = "甲方：某某县人民政府\n乙方：某某科技有限公司\n\n县国库按季度以“企业发展扶持资金”名义全额返还乙方缴纳的增值税地方留成部分。\n"
        let finding = try XCTUnwrap(findings(text).first { $0.category == .tax })
        XCTAssertEqual(finding.review.frame?.beneficiary?.text, "乙方")
        XCTAssertFalse(finding.review.explanation?.zh.contains("→ 企业") ?? true)
    }
}
