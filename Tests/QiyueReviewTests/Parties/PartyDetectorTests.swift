import XCTest
@testable import QiyueReview

/// Parties and their sides come from the preamble in its usual layouts.
final class PartyDetectorTests: XCTestCase {
    func table(_ text: String) -> PartyTable {
        let normalized = NormalizedText(text)
        return PartyDetector.detect(in: normalized, structure: DocumentStructure(normalized))
    }

    func testOneLinePerPartyWithShortName() {
        let parties = table("甲方：某某经济开发区管理委员会（以下简称“开发区管委会”）\n乙方：某某新材料有限公司\n第一条 项目\n")
        XCTAssertEqual(parties.side(ofRole: "甲方"), .government)
        XCTAssertEqual(parties.side(ofRole: "乙方"), .investor)
        XCTAssertEqual(parties.aliases.map(\.name), ["开发区管委会"])
    }

    func testReversedRoles() {
        let parties = table("甲方：某某科技有限公司\n乙方：某某县人民政府\n")
        XCTAssertEqual(parties.side(ofRole: "甲方"), .investor)
        XCTAssertEqual(parties.side(ofRole: "乙方"), .government)
    }

    func testThreePartiesWithAPlatformCompany() {
        let parties = table("甲方：某某县人民政府\n乙方：某某县城市建设投资有限公司\n丙方：某某锂电池有限公司\n")
        XCTAssertEqual(parties.side(ofRole: "乙方"), .government)
        XCTAssertEqual(parties.side(ofRole: "丙方"), .investor)
    }

    func testRunningSentenceDefinitions() {
        let parties = table("某某科技股份有限公司（以下简称甲方）与某某县人民政府（以下简称乙方）经协商达成如下协议。\n")
        XCTAssertEqual(parties.side(ofRole: "甲方"), .investor)
        XCTAssertEqual(parties.side(ofRole: "乙方"), .government)
    }

    func testNoDefinitionsMeansTheConvention() {
        let parties = table("甲方返还土地出让金。\n")
        XCTAssertEqual(parties.parties, [])
        XCTAssertEqual(parties.side(ofRole: "甲方"), .government)
        XCTAssertEqual(parties.side(ofRole: "乙方"), .investor)
        XCTAssertEqual(parties.side(ofRole: "丙方"), .unknown)
    }
}
