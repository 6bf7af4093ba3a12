import XCTest
@testable import QiyueProjects

final class ConsistencyCheckTests: XCTestCase {
    func testInconsistentFixtureYieldsEachMessage() throws {
        let file = try Fixture.load("inconsistent.json")
        XCTAssertEqual(Fixture.lines(ProjectValidator().validate(file).findings, in: file), [
            "4:25: error: /industry/code: unknown industry code \"01-12\"; 01 (Plateau-characteristic modern agriculture) has items 01-01 to 01-11",
            "5:39: warning: /location/prefecture/zh: still holds the starter's placeholder; fill it in",
            "5:57: warning: /location/prefecture/en: still holds the starter's placeholder; fill it in",
            "6:40: warning: /land/area_m2: 1200000 m² does not match 120 mu × 666.67 = 80000 m²",
            "9:25: error: /investment/fixed_asset_yuan: fixed-asset investment 480000000 yuan exceeds total investment 400000000 yuan",
            "10:30: warning: /investment/intensity_yuan_per_mu: investment intensity 3333333 yuan/mu does not match fixed_asset_yuan ÷ area_mu = 480000000 ÷ 120 = 4000000 yuan/mu",
            "12:24: warning: /investment/annual_tax_yuan: annual tax 36000000 yuan exceeds annual output 30000000 yuan",
            "13:24: warning: /investment/tax_per_mu_yuan: tax per mu 200000 yuan/mu does not match annual_tax_yuan ÷ area_mu = 36000000 ÷ 120 = 300000 yuan/mu",
            "17:27: error: /timeline/construction_start: construction start 2025-02-01 is before signing 2025-03-08",
            "19:19: error: /timeline/production: production 2027-10-01 is before completion 2027-12-31",
            "19:19: note: /timeline/production: production 2027-10-01 is planned more than two years after signing; action plan item 21 clears projects not in production two years after landing, so the agreement needs interim milestones and exit terms",
            "23:56: note: /agreement/investor/credit_code: the credit code's check character is Q but GB 32100 gives H; compare it with the business licence",
            "24:18: warning: /agreement/sign_date: signing date 2025-03-18 differs from /timeline/signing 2025-03-08",
        ])
    }

    func testNotesExplainTheLikelyMistake() throws {
        let findings = ProjectValidator().validate(try Fixture.load("inconsistent.json")).findings
        XCTAssertEqual(findings.first { $0.code == "consistency.area" }?.notes.map(\.en), ["area_mu looks like hectares: 1 hectare = 15 mu"])
        XCTAssertEqual(findings.first { $0.code == "consistency.ratio" }?.notes.map(\.en),
                       ["the value equals total investment ÷ area; investment intensity is computed from fixed-asset investment"])
        XCTAssertEqual(findings.first { $0.code == "industry.unknown-code" }?.notes.map(\.en), ["run qiyue catalog to list every code"])
    }

    func testIndustryNameAndSwappedAreaUnits() throws {
        let file = try Fixture.load("inconsistent-code.json")
        let findings = ProjectValidator().validate(file).findings
        XCTAssertEqual(Fixture.lines(findings, in: file), [
            "4:42: warning: /industry/name: industry name \"咖啡\" does not match code 01-03 (Vegetables)",
            "6:24: warning: /land/area_mu: 80000 mu is implausibly large (about 53.33 km²); was an area in m² entered as mu?",
            "6:42: warning: /land/area_m2: 80000 m² does not match 80000 mu × 666.67 = 53333333 m²",
        ])
        XCTAssertEqual(findings.last?.notes.map(\.en), ["the two fields hold the same number: one of them is in the wrong unit"])
    }

    func testRoundingWithinTolerancePasses() throws {
        let file = try Fixture.project(#"{"id": "a", "name": "名", "industry": {"code": "10"}, "location": {"prefecture": "昆明市"}, "land": {"area_mu": 150, "area_m2": 100000}, "investment": {"fixed_asset_yuan": 500000000, "intensity_yuan_per_mu": 3333333}}"#)
        XCTAssertEqual(ConsistencyCheck().findings(in: file), [])
    }

    func testCreditCodeCheckCharacter() {
        XCTAssertEqual(CreditCodeCheck.checkCharacter(of: "91530800MA6K2X3Y4Q"), "H")
        XCTAssertEqual(CreditCodeCheck.checkCharacter(of: "91532600MA6PXW2K1R"), "R")
        XCTAssertNil(CreditCodeCheck.checkCharacter(of: "9153"))
        XCTAssertNil(CreditCodeCheck.checkCharacter(of: "91530800MA6K2X3YIQ"))
    }
}
