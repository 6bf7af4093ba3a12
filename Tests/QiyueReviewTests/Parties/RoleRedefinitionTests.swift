import XCTest
@testable import QiyueReview

/// A clause that opens with its own definitions of the roles (甲方：某某公司；乙方：某某县人民政府。)
/// is read with them, not with an earlier preamble's; a clause that only starts with a role and
/// a colon (甲方承诺：…, 甲方与乙方约定：…) defines nothing.
final class RoleRedefinitionTests: XCTestCase {
    func table(_ text: String) -> PartyTable {
        let normalized = NormalizedText(text)
        return PartyDetector.detect(in: normalized, structure: DocumentStructure(normalized))
    }

    func testALaterPlainDefinitionReversesTheRoles() {
        let parties = table("甲方：某某县人民政府\n乙方：某某科技有限公司\n\n甲方：某某实业有限公司；乙方：某某县人民政府。乙方保证甲方的投资本金不受损失。\n")
        XCTAssertEqual(parties.side(ofRole: "甲方"), .investor)
        XCTAssertEqual(parties.side(ofRole: "乙方"), .government)
    }

    func testALabelInBracketsStillDefines() {
        XCTAssertTrue(PartyDetector.isPlainDefinition("受让方(甲方):某某实业有限公司"))
        XCTAssertTrue(PartyDetector.isPlainDefinition("甲方:某某实业有限公司"))
        XCTAssertFalse(PartyDetector.isPlainDefinition("甲方承诺:乙方出资建设的厂房建成后"))
        XCTAssertFalse(PartyDetector.isPlainDefinition("开发区管委会与乙方约定:项目用地由管委会负责供地"))
    }

    func testACommitmentAfterAColonKeepsThePreamble() {
        let parties = table("甲方：某某县人民政府\n乙方：某某科技有限公司\n\n甲方承诺：乙方出资建设的园区污水处理厂建成后由甲方回购。\n开发区管委会与乙方约定：项目用地由管委会负责供地。\n")
        XCTAssertEqual(parties.side(ofRole: "甲方"), .government)
        XCTAssertEqual(parties.side(ofRole: "乙方"), .investor)
    }

    func testTheSameSideTwiceChangesNothing() {
        let parties = table("甲方：某某县人民政府（以下简称“县政府”）\n乙方：某某科技有限公司\n甲方：某某县人民政府\n")
        XCTAssertEqual(parties.side(ofRole: "甲方"), .government)
        XCTAssertEqual(parties.parties.first?.shortNames, ["县政府"])
    }
}
