import XCTest
import QiyueTestSupport
@testable import QiyueProjects

final class AdmissionThresholdsTests: ScratchDirectoryTestCase {
    func testShippedDefaultsSayTheyArePlaceholders() {
        let defaults = AdmissionThresholds.builtIn
        XCTAssertFalse(defaults.source.verified)
        XCTAssertTrue(defaults.source.zh.hasPrefix("占位值"))
        XCTAssertEqual(defaults.defaults, AdmissionLimits(minIntensityYuanPerMu: 2_000_000, minTaxPerMuYuan: 100_000))
        XCTAssertEqual(Set(defaults.industries.keys), ["01", "09", "10"])
    }

    func testTheMostSpecificScopeWinsFieldByField() throws {
        let thresholds = try AdmissionThresholds.load(Fixture.path("park-thresholds.json"))
        XCTAssertEqual(Set(thresholds.industries.keys), ["04", "04-01"], "note keys are skipped")
        let item = thresholds.limits(for: "04-01")
        XCTAssertEqual(item.limits, AdmissionLimits(minIntensityYuanPerMu: 5_000_000, minTaxPerMuYuan: 400_000))
        XCTAssertEqual(item.intensityScope, "04")
        XCTAssertEqual(item.taxScope, "04-01")
        let other = thresholds.limits(for: "01-06")
        XCTAssertEqual(other.limits, AdmissionLimits(minIntensityYuanPerMu: 3_000_000, minTaxPerMuYuan: 200_000))
        XCTAssertEqual(other.intensityScope, "default")
        XCTAssertEqual(thresholds.limits(for: nil).limits, thresholds.defaults)
    }

    func testBrokenThresholdsFilesAreReportedWithTheirPlace() throws {
        let path = directory.appendingPathComponent("t.json").path
        try #"{"source": {"verified": true, "zh": "甲", "en": "A"}, "default": {"min_tax_per_mu_yuan": "十万"}}"#.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try AdmissionThresholds.load(path)) { error in
            XCTAssertEqual((error as? ProjectFileError)?.diagnostic(in: .en).description, "error: \(path): /default/min_tax_per_mu_yuan: expected a number")
        }
        XCTAssertThrowsError(try AdmissionThresholds.load(directory.appendingPathComponent("none.json").path)) { error in
            XCTAssertEqual((error as? ProjectFileError)?.diagnostic(in: .zh).description, "error: \(directory.path)/none.json: 文件不存在")
        }
    }
}
