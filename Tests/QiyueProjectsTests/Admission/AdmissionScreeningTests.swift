import XCTest
@testable import QiyueProjects

final class AdmissionScreeningTests: XCTestCase {
    func testExamplesPassTheDataDecidedLinesButAwaitAPerson() throws {
        for name in try Fixture.exampleNames() {
            let report = AdmissionScreening().screen(try Fixture.example(name))
            XCTAssertEqual(report.verdict, .pendingReview, name)
            XCTAssertEqual(report.result(for: .intensityAndTax)?.status, .passed, name)
            XCTAssertEqual(report.result(for: .dishonestEntities)?.status, .needsHuman, name)
        }
    }

    func testLowIntensityAndProtectedLandAreRejected() throws {
        let report = AdmissionScreening().screen(try Fixture.load("admission-low-intensity.json"))
        XCTAssertEqual(report.verdict, .rejected)
        XCTAssertEqual(report.results.map(\.status), [.needsHuman, .needsHuman, .failed, .needsHuman, .failed])
        XCTAssertEqual(report.result(for: .intensityAndTax)?.facts.map(\.en), [
            "investment intensity 800000 yuan/mu is below the default threshold of 2000000 yuan/mu",
            "tax per mu 50000 yuan/mu is below the default threshold of 100000 yuan/mu",
        ])
        XCTAssertEqual(report.result(for: .securityAndPublicInterest)?.facts.map(\.zh),
                       ["选址涉及永久基本农田或生态保护红线（/site/protected_land_clear 为 false）"])
    }

    func testQuestionsNameTheParties() throws {
        let report = AdmissionScreening().screen(try Fixture.load("admission-low-intensity.json"))
        XCTAssertEqual(report.result(for: .dishonestEntities)?.questions.map(\.zh), [
            "投资方“安宁磷化新材料有限公司”（统一社会信用代码 91530181MA6M2C5N32）及其法定代表人、主要股东是否被列为失信主体（在“信用中国”等平台按《全国失信惩戒措施基础清单》核查）？",
            "丙方平台公司“安宁产业园区开发投资有限公司”及其法定代表人、主要股东是否被列为失信主体（在“信用中国”等平台按《全国失信惩戒措施基础清单》核查）？",
        ])
    }

    func testIndustrySpecificQuestions() throws {
        let chemicals = AdmissionScreening().screen(try Fixture.load("admission-low-intensity.json"))
        XCTAssertTrue(chemicals.result(for: .overcapacityPollution)!.questions.contains { $0.zh.contains("危险化学品") })
        let aluminium = AdmissionScreening().screen(try Fixture.example("wenshan-green-aluminium.json"))
        XCTAssertTrue(aluminium.result(for: .overcapacityPollution)!.questions.contains { $0.zh.contains("产能置换") })
        let coffee = AdmissionScreening().screen(try Fixture.example("puer-coffee.json"))
        XCTAssertEqual(coffee.result(for: .overcapacityPollution)?.questions.count, 2)
    }

    func testMissingDataLeavesRedLineThreeUndetermined() throws {
        let report = AdmissionScreening().screen(try Fixture.load("admission-missing-data.json"))
        XCTAssertEqual(report.result(for: .intensityAndTax)?.status, .undetermined)
        XCTAssertEqual(report.result(for: .intensityAndTax)?.facts.map(\.en), [
            "the data to compute investment intensity (area and investment or tax) is missing",
            "the data to compute tax per mu (area and investment or tax) is missing",
        ])
        XCTAssertEqual(report.result(for: .dishonestEntities)?.questions.first?.en,
                       "The investor is not yet known: once it is, check that it is not listed as dishonest (National Basic List of Disciplinary Measures for Dishonesty).")
        XCTAssertTrue(report.result(for: .securityAndPublicInterest)!.questions.first!.en.hasPrefix("Does the site take permanent basic farmland"))
        XCTAssertEqual(report.verdict, .pendingReview)
    }

    func testDeclaredFiguresAreUsedWhenTheyCannotBeComputed() throws {
        let file = try Fixture.project(#"{"id": "a", "name": "名", "industry": {"code": "04"}, "location": {"prefecture": "昆明市"}, "investment": {"intensity_yuan_per_mu": 2500000, "tax_per_mu_yuan": 90000}}"#)
        let result = AdmissionScreening().screen(file).result(for: .intensityAndTax)
        XCTAssertEqual(result?.status, .failed)
        XCTAssertEqual(result?.facts.map(\.en), [
            "investment intensity 2500000 yuan/mu meets the default threshold of 2000000 yuan/mu",
            "tax per mu 90000 yuan/mu is below the default threshold of 100000 yuan/mu",
        ])
    }

    func testAParksThresholdsReplaceThePlaceholders() throws {
        let thresholds = try AdmissionThresholds.load(Fixture.path("park-thresholds.json"))
        let report = AdmissionScreening(thresholds: thresholds).screen(try Fixture.example("qujing-pv-modules.json"))
        XCTAssertEqual(report.result(for: .intensityAndTax)?.status, .passed)
        XCTAssertEqual(report.result(for: .intensityAndTax)?.questions, [])
        XCTAssertEqual(report.result(for: .intensityAndTax)?.facts.map(\.zh), [
            "投资强度 4000000 元/亩，不低于缺省门槛 3000000 元/亩",
            "亩均税收 300000 元/亩，不低于缺省门槛 200000 元/亩",
        ])
        let ruili = AdmissionScreening(thresholds: thresholds).screen(try Fixture.example("ruili-electronics-three-party.json"))
        XCTAssertEqual(ruili.result(for: .intensityAndTax)?.facts.map(\.en), [
            "investment intensity 4000000 yuan/mu is below the threshold for 04 of 5000000 yuan/mu",
            "tax per mu 250000 yuan/mu meets the default threshold of 200000 yuan/mu",
        ])
        XCTAssertEqual(ruili.verdict, .rejected)
    }
}
