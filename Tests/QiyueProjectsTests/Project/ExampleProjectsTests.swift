import XCTest
@testable import QiyueProjects

/// The example projects are what newcomers copy and what the templates render: each must
/// be clean (no errors or warnings), bilingual and in the catalogue.
final class ExampleProjectsTests: XCTestCase {
    func testThereAreAtLeastFiveExamplesIncludingAThreePartyOne() throws {
        let names = try Fixture.exampleNames()
        XCTAssertGreaterThanOrEqual(names.count, 5)
        XCTAssertTrue(names.contains("puer-coffee.json"))
        XCTAssertEqual(try names.filter { try Fixture.example($0).hasPlatformParty }, ["ruili-electronics-three-party.json"])
    }

    func testEveryExampleIsCleanAndMature() throws {
        for name in try Fixture.exampleNames() {
            let report = ProjectCheck().run(try Fixture.example(name))
            XCTAssertEqual(report.validation.findings.filter { $0.severity >= .warning }.map { $0.text(in: .en) }, [], name)
            XCTAssertEqual(report.bilingual.map { $0.text(in: .en) }, [], name)
            XCTAssertFalse(report.hasProblems, name)
            XCTAssertEqual(report.maturity.level, .mature, name)
            XCTAssertNotNil(IndustryCatalog.builtIn.entry(for: report.file.industryCode ?? ""), name)
        }
    }

    func testExamplesCoverDifferentIndustries() throws {
        let codes = try Fixture.exampleNames().compactMap { try Fixture.example($0).industryCode?.prefix(2) }
        XCTAssertEqual(Set(codes), ["01", "02", "03", "04", "10"])
    }
}
