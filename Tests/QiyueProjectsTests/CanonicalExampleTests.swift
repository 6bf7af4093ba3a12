import XCTest
import QiyueTestSupport
@testable import QiyueProjects

/// The canonical example is the contract with the templates: it must stay clean.
final class CanonicalExampleTests: XCTestCase {
    func testPuerCoffeeHasNoErrorsOrWarnings() throws {
        let file = try ProjectFile.load(TestSupport.repositoryRoot.appendingPathComponent("Examples/projects/puer-coffee.json").path)
        let report = ProjectCheck().run(file)
        XCTAssertEqual(report.validation.findings.filter { $0.severity >= .warning }.map { $0.text(in: .en) }, [])
        XCTAssertEqual(report.bilingual.map { $0.text(in: .en) }, [])
        XCTAssertFalse(report.hasProblems)
    }
}
