import XCTest
@testable import QiyueProjects

final class UnitSanityCheckTests: XCTestCase {
    func testFlagsEveryMoneyFieldTypedInWanYuan() throws {
        let file = try Fixture.load("units-wan-yuan.json")
        XCTAssertEqual(Fixture.lines(ProjectValidator().validate(file).findings, in: file), [
            "8:19: warning: /investment/total_yuan: 60000 yuan is implausibly small for an industrial project; was it entered in 万元 (10,000 yuan)? (60000 万元 = 600000000 yuan; this field is in yuan)",
            "9:25: warning: /investment/fixed_asset_yuan: 48000 yuan is implausibly small for an industrial project; was it entered in 万元 (10,000 yuan)? (48000 万元 = 480000000 yuan; this field is in yuan)",
            "10:30: warning: /investment/intensity_yuan_per_mu: 400 yuan/mu is implausibly small for an industrial project; was it entered in 万元/亩 (10,000 yuan per mu)? (400 万元/亩 = 4000000 yuan/mu; this field is in yuan/mu)",
            "11:27: warning: /investment/annual_output_yuan: 120000 yuan is implausibly small for an industrial project; was it entered in 万元 (10,000 yuan)? (120000 万元 = 1200000000 yuan; this field is in yuan)",
            "12:24: warning: /investment/annual_tax_yuan: 3600 yuan is implausibly small for an industrial project; was it entered in 万元 (10,000 yuan)? (3600 万元 = 36000000 yuan; this field is in yuan)",
            "13:24: warning: /investment/tax_per_mu_yuan: 30 yuan/mu is implausibly small for an industrial project; was it entered in 万元/亩 (10,000 yuan per mu)? (30 万元/亩 = 300000 yuan/mu; this field is in yuan/mu)",
            "17:68: warning: /agreement/investor/registered_capital_yuan: 5000 yuan is implausibly small for an industrial project; was it entered in 万元 (10,000 yuan)? (5000 万元 = 50000000 yuan; this field is in yuan)",
            "18:30: warning: /agreement/performance_bond_yuan: 3000000000000 yuan is implausibly large (over one trillion yuan); check the number of digits",
        ])
    }

    func testChineseWording() throws {
        let file = try Fixture.load("units-wan-yuan.json")
        XCTAssertEqual(ProjectValidator().validate(file).findings.first?.text(in: .zh),
                       "/investment/total_yuan: 60000 元对工业项目过小，是否按万元填写了？（60000 万元 = 600000000 元；本字段单位为元）")
    }

    func testFarmingProjectsGetLowerFloors() throws {
        let farm = try Fixture.project(#"{"id": "a", "name": "茶园", "industry": {"code": "01-01"}, "location": {"prefecture": "普洱市"}, "investment": {"total_yuan": 500000}}"#)
        XCTAssertEqual(UnitSanityCheck().findings(in: farm), [])
        let factory = try Fixture.project(#"{"id": "a", "name": "工厂", "industry": {"code": "04-03"}, "location": {"prefecture": "昆明市"}, "investment": {"total_yuan": 500000}}"#)
        XCTAssertEqual(UnitSanityCheck().findings(in: factory).map(\.code), ["units.wan-yuan"])
    }

    func testLandUseDecidesOverIndustry() throws {
        let file = try Fixture.project(#"{"id": "a", "name": "加工", "industry": {"code": "01-06"}, "location": {"prefecture": "普洱市"}, "land": {"use": "industrial"}, "investment": {"total_yuan": 500000}}"#)
        XCTAssertTrue(UnitSanityCheck.isIndustrial(file))
        XCTAssertEqual(UnitSanityCheck().findings(in: file).map(\.code), ["units.wan-yuan"])
    }

    func testOversizedAreaIsFlagged() throws {
        let file = try Fixture.load("inconsistent-code.json")
        XCTAssertEqual(UnitSanityCheck().findings(in: file).map { $0.text(in: .en) },
                       ["/land/area_mu: 80000 mu is implausibly large (about 53.33 km²); was an area in m² entered as mu?"])
    }
}
