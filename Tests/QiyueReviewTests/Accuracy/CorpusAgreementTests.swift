import Foundation
import QiyueTestSupport
import XCTest
@testable import QiyueReview

/// Whole agreements of the labeled corpus: every expected finding at its exact line,
/// no other error, and exactly the expected missing elements.
final class CorpusAgreementTests: XCTestCase {
    func testEveryAgreementGivesExactlyItsExpectedFindings() throws {
        let directory = CorpusAccuracyTests.corpus.appendingPathComponent("agreements")
        try XCTSkipUnless(FileManager.default.fileExists(atPath: directory.path), "labeled corpus not merged yet")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 5)
        let engine = ReviewEngine(pack: try RulePack.builtIn())
        for name in names {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            let expectedURL = directory.appendingPathComponent(name.replacingOccurrences(of: ".md", with: ".expected.json"))
            let expected = try JSONDecoder().decode(AgreementExpectation.self, from: Data(contentsOf: expectedURL))
            let findings = engine.review(text: text)
            let errors = Set(findings.filter { $0.severity == .error }.map { AgreementExpectation.ExpectedFinding(category: $0.category.rawValue, line: $0.line) })
            XCTAssertEqual(errors.sorted { ($0.line, $0.category) < ($1.line, $1.category) },
                           Set(expected.findings).sorted { ($0.line, $0.category) < ($1.line, $1.category) }, name)
            let missing = Set(findings.filter { $0.category == .completeness }.map { String($0.ruleID.dropFirst("completeness.".count)) })
            XCTAssertEqual(missing, Set(expected.completeness), name)
        }
    }
}
