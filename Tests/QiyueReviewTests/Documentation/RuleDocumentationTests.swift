import Foundation
import QiyueTestSupport
import XCTest
@testable import QiyueReview

/// `docs/review-rules.md` is generated from the rules; this fails when it was not regenerated.
final class RuleDocumentationTests: XCTestCase {
    func testCommittedReferenceMatchesTheRules() throws {
        let url = TestSupport.repositoryRoot.appendingPathComponent("docs/review-rules.md")
        let committed = try String(contentsOf: url, encoding: .utf8)
        let generated = RuleDocumentation.markdown(for: try RulePack.builtIn())
        XCTAssertTrue(committed == generated, "docs/review-rules.md is stale: run `swift run qiyue rules doc -o docs/review-rules.md`")
    }

    func testEveryRuleHasASectionWithItsBasis() throws {
        let pack = try RulePack.builtIn()
        let markdown = RuleDocumentation.markdown(for: pack)
        for rule in pack.rules {
            XCTAssertTrue(markdown.contains("\n### \(rule.id)\n"), rule.id)
            for basis in rule.basis { XCTAssertTrue(markdown.contains("- \(basis)\n"), rule.id) }
        }
    }
}
