import XCTest
@testable import QiyueReview

/// Every example of every rule in the built-in pack behaves as the rule says.
final class RuleExamplesTests: XCTestCase {
    func testEveryBuiltInExampleBehaves() throws {
        let pack = try RulePack.builtIn()
        let (failures, count) = RuleExampleRunner(pack: pack).run()
        let report = failures.map { "\($0.ruleID) should\($0.expectedToTrigger ? "" : " not") fire on: \($0.example)" }
        XCTAssertEqual(report, [])
        XCTAssertGreaterThanOrEqual(count, pack.rules.count * 2)
    }

    func testBuiltInPackCoversEveryCategory() throws {
        let categories = Set(try RulePack.builtIn().rules.map(\.category))
        XCTAssertEqual(categories, [.land, .tax, .guarantee, .completeness])
    }
}
