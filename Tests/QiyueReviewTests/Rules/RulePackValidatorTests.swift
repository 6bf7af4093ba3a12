import Foundation
import QiyueCore
import XCTest
@testable import QiyueReview

/// A pack with any defect is refused as a whole, with every problem named.
final class RulePackValidatorTests: XCTestCase {
    func pack(_ rules: String) -> Data {
        Data("{\"name\":\"p\",\"version\":\"1\",\"rules\":[\(rules)]}".utf8)
    }

    let good = """
    {"id":"land.x","category":"land","severity":"error","message":{"zh":"甲","en":"a"},"basis":["b"],
     "suggestion":{"zh":"乙","en":"b"},"match":{"triggers":["地价"]},
     "examples":{"triggering":["甲方承诺地价。"],"nonTriggering":["乙方承诺地价。"]}}
    """

    func testAGoodPackLoadsWithDefaults() throws {
        let loaded = try RulePack.decode(pack(good), path: "p.json")
        XCTAssertEqual(loaded.rules.first?.match.actors, [.government, .unknown])
        XCTAssertEqual(loaded.rules.first?.match.scope, .sentence)
        XCTAssertTrue(loaded.rules.first?.match.negatable ?? false)
    }

    func testMissingExamplesWrongPrefixAndDuplicatesAreAllReported() {
        let noExamples = good.replacingOccurrences(of: "\"nonTriggering\":[\"乙方承诺地价。\"]", with: "\"nonTriggering\":[]")
        let wrongPrefix = good.replacingOccurrences(of: "\"land.x\"", with: "\"tax.x\"")
        XCTAssertThrowsError(try RulePack.decode(pack([noExamples, wrongPrefix, good].joined(separator: ",")), path: "p.json")) { error in
            XCTAssertEqual((error as? RulePackError)?.problems.map(\.en), [
                "rule land.x needs both triggering and non-triggering examples",
                "rule tax.x: the id must be 'land.name'",
                "rule land.x is defined twice",
            ])
        }
    }

    func testErrorRuleWithoutBasisAndClauseRuleWithoutTriggers() {
        let bad = good.replacingOccurrences(of: "\"basis\":[\"b\"]", with: "\"basis\":[]").replacingOccurrences(of: "\"triggers\":[\"地价\"]", with: "\"triggers\":[]")
        XCTAssertThrowsError(try RulePack.decode(pack(bad), path: "p.json")) { error in
            XCTAssertEqual((error as? RulePackError)?.problems.map(\.en), [
                "error rule land.x must cite a legal basis",
                "rule land.x must list trigger terms",
            ])
        }
    }

    func testMalformedJSONNamesTheField() {
        XCTAssertThrowsError(try RulePack.decode(pack(good.replacingOccurrences(of: "\"severity\":\"error\"", with: "\"severity\":\"fatal\"")), path: "p.json")) { error in
            XCTAssertEqual((error as? RulePackError)?.problems.map(\.en), ["invalid value at .rules[0].severity"])
        }
        XCTAssertThrowsError(try RulePack.decode(Data("{".utf8), path: "p.json")) { error in
            XCTAssertEqual((error as? RulePackError)?.problems.map(\.en), ["not valid JSON"])
        }
    }

    func testMisspeltFieldsAreNamedWithTheClosestCorrectOne() {
        let misspelt = good.replacingOccurrences(of: "\"triggers\":[\"地价\"]", with: "\"triggers\":[\"地价\"],\"exclude\":[\"依法\"]")
            .replacingOccurrences(of: "\"basis\"", with: "\"basis\":[\"b\"],\"bases\"")
        XCTAssertThrowsError(try RulePack.decode(pack(misspelt), path: "p.json")) { error in
            XCTAssertEqual((error as? RulePackError)?.problems.map(\.en), [
                "unknown field 'bases' at .rules[0]; did you mean 'basis'?",
                "unknown field 'exclude' at .rules[0].match; did you mean 'excludeAny'?",
            ])
        }
    }

    func testUserRulesReplaceBuiltInOnesWithTheSameID() throws {
        let builtIn = try RulePack.builtIn()
        let replacement = try RulePack.decode(pack(good.replacingOccurrences(of: "land.x", with: "land.price-promise")), path: "p.json")
        let merged = builtIn.merging(replacement)
        XCTAssertEqual(merged.rules.count, builtIn.rules.count)
        XCTAssertEqual(merged.rule(id: "land.price-promise")?.match.triggers, ["地价"])
    }
}
