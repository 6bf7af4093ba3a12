import QiyueCore
import XCTest
@testable import QiyueProjects

final class ProjectStarterTests: XCTestCase {
    func testStarterIsValidExceptForItsPlaceholders() throws {
        let file = try Fixture.project(JSONWriter.string(ProjectStarter.document(id: "new-project", industryCode: "01-06")))
        let codes = Set(ProjectValidator().validate(file).findings.map(\.code))
        XCTAssertEqual(codes, ["placeholder.unfilled"])
        XCTAssertEqual(file.root.value.members?.prefix(4).map(\.key), ["_说明", "_comment", "$schema", "id"])
    }

    func testPlaceholdersEarnNoMaturityPoints() throws {
        let file = try Fixture.project(JSONWriter.string(ProjectStarter.document(id: "x", industryCode: nil)))
        XCTAssertEqual(MaturityAssessment().assess(file).score, 0)
        XCTAssertNil(file.root.node(at: "/land/use"), "coded values are left for the officer to choose")
    }

    func testWithoutAnIndustryTheStarterAsksForOne() throws {
        let file = try Fixture.project(JSONWriter.string(ProjectStarter.document(id: "x", industryCode: nil)))
        let errors = ProjectValidator().validate(file).errors.map { $0.text(in: .en) }
        XCTAssertEqual(errors, ["/: missing required field \"industry\""])
    }

    func testIdentifiersFromFileNames() {
        XCTAssertEqual(ProjectStarter.identifier(forFileName: "Examples/projects/Pu'er Coffee.json"), "pu-er-coffee")
        XCTAssertEqual(ProjectStarter.identifier(forFileName: "普洱咖啡.json"), "new-project")
        XCTAssertEqual(ProjectStarter.identifier(forFileName: "mohan-2025"), "mohan-2025")
    }
}
