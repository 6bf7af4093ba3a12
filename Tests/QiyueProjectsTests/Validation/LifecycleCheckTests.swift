import XCTest
@testable import QiyueProjects

/// `/lifecycle`: the schema accepts it, and the check catches the mistakes progress reports make.
final class LifecycleCheckTests: XCTestCase {
    func project(_ lifecycle: String) throws -> ProjectFile {
        try Fixture.project("""
        {"id": "p", "name": "项目", "industry": {"code": "01-06"}, "location": {"prefecture": "普洱市"},
         "land": {"area_mu": 100}, "investment": {"total_yuan": 500000000},
         "timeline": {"signing": "2023-01-10", "construction_start": "2023-06-01"},
         "lifecycle": \(lifecycle)}
        """)
    }

    func lifecycleLines(_ file: ProjectFile) -> [String] {
        Fixture.lines(ProjectValidator().validate(file).findings.filter { $0.pointer.tokens.first == "lifecycle" }, in: file)
    }

    func testConsistentProgressHasNoFindings() throws {
        let file = try project("""
        {"status": "under_construction", "as_of": "2025-06-30", "signed": "2023-01-10", "construction_started": "2023-08-01",
         "investment_in_place_yuan": 120000000, "land_supplied_mu": 100, "land_supplied_date": "2023-05-20"}
        """)
        XCTAssertEqual(lifecycleLines(file), [])
        let lifecycle = ProjectLifecycle(file: file)
        XCTAssertEqual(lifecycle.stage, .underConstruction)
        XCTAssertEqual(lifecycle.agreedConstructionStart?.description, "2023-06-01")
        XCTAssertTrue(lifecycle.landSupplied)
    }

    func testOrderFutureStatusAndFigures() throws {
        let file = try project("""
        {"status": "completed", "as_of": "2025-06-30", "signed": "2023-01-10", "construction_started": "2022-12-01",
         "production_started": "2025-09-01", "investment_in_place_yuan": 900000000, "land_supplied_mu": 150}
        """)
        XCTAssertEqual(lifecycleLines(file), [
            "4:26: error: /lifecycle/status: the stage is 'completed' but /lifecycle/completed gives no date",
            "4:26: warning: /lifecycle/status: the stage is 'completed' but /lifecycle/production_started records 2025-09-01: the stage is out of date",
            "4:110: error: /lifecycle/construction_started: construction start date 2022-12-01 is before the signing date 2023-01-10",
            "5:24: error: /lifecycle/production_started: start of production date 2025-09-01 is after the data's as-of date 2025-06-30: actual progress cannot lie in the future",
            "5:66: warning: /lifecycle/investment_in_place_yuan: investment in place 900000000 yuan exceeds the agreed total 500000000 yuan: wrong unit or basis?",
            "5:97: warning: /lifecycle/land_supplied_mu: land supplied 150 mu exceeds the agreed 100 mu",
        ])
    }

    func testSchemaRejectsUnknownStage() throws {
        let file = try project(#"{"status": "stalled"}"#)
        XCTAssertEqual(ProjectValidator().validate(file).errors.map(\.code), ["schema.enum"])
    }
}
