import XCTest
import QiyueTestSupport
@testable import QiyueProjects

final class MaturityAssessmentTests: XCTestCase {
    func testRubricIsWorthOneHundredPointsWithUniqueFields() {
        XCTAssertEqual(MaturityRubric.elements.reduce(0) { $0 + $1.maximum }, 100)
        let pointers = MaturityRubric.elements.flatMap(\.fields).map(\.pointer)
        XCTAssertEqual(Set(pointers).count, pointers.count)
        XCTAssertEqual(MaturityRubric.elements.map(\.id), ["industry", "planning", "site", "land", "content", "capacity", "investment",
                                                          "returns", "market", "risks", "conditions", "policies", "cooperation"])
    }

    func testRubricFieldsExistInTheSchema() {
        for field in MaturityRubric.elements.flatMap(\.fields) {
            let path = field.pointer.split(separator: "/").map { "/properties/\($0)" }.joined()
            XCTAssertNotNil(JSONSchema.project.root.node(at: path), field.pointer)
        }
    }

    func testCanonicalExampleIsComplete() throws {
        let report = MaturityAssessment().assess(try Fixture.example("puer-coffee.json"))
        XCTAssertEqual(report.score, 100)
        XCTAssertEqual(report.level, .mature)
        XCTAssertEqual(report.missing.map(\.pointer), [])
    }

    func testCanonicalExampleWithoutRisksLosesOnlyTheRiskPoints() throws {
        let path = TestSupport.repositoryRoot.appendingPathComponent("Examples/projects/puer-coffee.json").path
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: "  \"risks\": {"))
        let end = try XCTUnwrap(text.range(of: "  \"conditions\": {"))
        text.removeSubrange(start.lowerBound..<end.lowerBound)
        let report = MaturityAssessment().assess(try Fixture.project(text))
        XCTAssertEqual(report.score, 97)
        XCTAssertEqual(report.missing.map(\.pointer), ["/risks"])
    }

    func testPartialCreditAndWhatToAdd() throws {
        let report = MaturityAssessment().assess(try Fixture.load("admission-low-intensity.json"))
        XCTAssertEqual(report.score, 37)
        XCTAssertEqual(report.level, .immature)
        XCTAssertEqual(report.elements.map(\.points), [10, 8, 1, 7, 0, 0, 8, 3, 0, 0, 0, 0, 0])
        XCTAssertEqual(report.missing.first?.pointer, "/location/county")
        XCTAssertEqual(report.missing.first?.advice.zh, "填写县（市、区）")
    }

    func testFilledButDisqualifyingValuesEarnNothing() throws {
        let file = try Fixture.project(#"{"id": "a", "name": "名", "industry": {"code": "01-12"}, "location": {"prefecture": "普洱市"}, "site": {"planning_compliant": false}, "policies": [], "market": {"zh": " ", "en": "x"}}"#)
        let report = MaturityAssessment().assess(file)
        XCTAssertEqual(report.elements[0].points, 0)
        XCTAssertEqual(report.elements[0].remarks.map(\.en), ["industry code \"01-12\" is not in the catalogue"])
        XCTAssertEqual(report.elements[1].remarks.map(\.en), ["the site does not yet conform to territorial spatial planning"])
        XCTAssertEqual(report.score, 1)
        XCTAssertTrue(report.missing.map(\.pointer).contains("/policies"))
        XCTAssertTrue(report.missing.map(\.pointer).contains("/market"))
    }

    func testLevels() {
        XCTAssertEqual(MaturityLevel(score: 100), .mature)
        XCTAssertEqual(MaturityLevel(score: 85), .mature)
        XCTAssertEqual(MaturityLevel(score: 84), .nearlyMature)
        XCTAssertEqual(MaturityLevel(score: 60), .nearlyMature)
        XCTAssertEqual(MaturityLevel(score: 59), .immature)
    }
}
