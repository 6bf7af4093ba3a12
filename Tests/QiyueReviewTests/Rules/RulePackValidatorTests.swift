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
            XCTAssertEqual((error as? RulePackError)?.problems.map(\.message.en), [
                "rule land.x needs both triggering and non-triggering examples",
                "rule tax.x: the id must be 'land.name'",
                "rule land.x is defined twice",
            ])
        }
    }

    func testErrorRuleWithoutBasisAndClauseRuleWithoutTriggers() {
        let bad = good.replacingOccurrences(of: "\"basis\":[\"b\"]", with: "\"basis\":[]").replacingOccurrences(of: "\"triggers\":[\"地价\"]", with: "\"triggers\":[]")
        XCTAssertThrowsError(try RulePack.decode(pack(bad), path: "p.json")) { error in
            XCTAssertEqual((error as? RulePackError)?.problems.map(\.message.en), [
                "error rule land.x must cite a legal basis",
                "rule land.x must list trigger terms",
            ])
        }
    }

    func testMalformedJSONNamesTheField() {
        XCTAssertThrowsError(try RulePack.decode(pack(good.replacingOccurrences(of: "\"severity\":\"error\"", with: "\"severity\":\"fatal\"")), path: "p.json")) { error in
            XCTAssertEqual((error as? RulePackError)?.problems.map(\.message.en), ["invalid value at .rules[0].severity"])
        }
        XCTAssertThrowsError(try RulePack.decode(Data("{".utf8), path: "p.json")) { error in
            XCTAssertEqual((error as? RulePackError)?.description, "p.json:1:2: unexpected end of file; expected a field name in double quotes")
        }
    }

    func testMisspeltFieldsAreNamedWithTheClosestCorrectOne() {
        let misspelt = good.replacingOccurrences(of: "\"triggers\":[\"地价\"]", with: "\"triggers\":[\"地价\"],\"exclude\":[\"依法\"]")
            .replacingOccurrences(of: "\"basis\"", with: "\"basis\":[\"b\"],\"bases\"")
        XCTAssertThrowsError(try RulePack.decode(pack(misspelt), path: "p.json")) { error in
            XCTAssertEqual((error as? RulePackError)?.problems.map(\.message.en), [
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

    /// A pack laid out on several lines, the way authors write them, so positions mean something.
    func lines(_ rule: String, categories: String = "") -> Data {
        Data("{\n  \"name\": \"p\",\n  \"version\": \"1\",\n\(categories)  \"rules\": [\n\(rule)\n  ]\n}\n".utf8)
    }

    func testProblemsAreReportedAtTheirLineAndColumn() {
        let rule = "    " + good.replacingOccurrences(of: "\n", with: "\n    ")
            .replacingOccurrences(of: "\"category\":\"land\"", with: "\"category\":\"lnad\"")
            .replacingOccurrences(of: "\"triggers\":[\"地价\"]", with: "\"triggers\":[\"地价\",\"@lawful-land\"]")
        XCTAssertThrowsError(try RulePack.decode(lines(rule), path: "p.json")) { error in
            XCTAssertEqual((error as? RulePackError)?.description, """
            p.json:5:11: rule land.x: the id must be 'lnad.name'
            p.json:5:31: rule land.x: category 'lnad' is not declared in categories; did you mean 'land'?
            p.json:6:65: rule land.x refers to the undefined term set @lawful-land
            """)
        }
    }

    func testRepeatedKeysCategoriesAndBadExamplesArePlaced() {
        let categories = """
          "categories": [
            {"id": "land", "title": {"zh": "土地", "en": "land"}, "description": {"zh": "甲", "en": "a"}},
            {"id": "land", "title": {"zh": "土地", "en": "land"}, "description": {"zh": "甲", "en": "a"}, "order": 3, "order": 4}
          ],

        """
        let rule = good.replacingOccurrences(of: "\"nonTriggering\":[\"乙方承诺地价。\"]", with: "\"nonTriggering\":[\"乙方承诺地价。\",\"甲方承诺地价。\",\" \"]")
        XCTAssertThrowsError(try RulePack.decodeStandalone(lines(rule, categories: categories), path: "p.json")) { error in
            XCTAssertEqual((error as? RulePackError)?.description, """
            p.json:6:12: category land is declared twice
            p.json:6:108: field 'order' is given twice at .categories[1]
            p.json:11:66: rule land.x gives the same example as triggering and non-triggering
            p.json:11:76: rule land.x has an empty example
            """)
        }
    }

    func testAStandalonePackMustDeclareItsCategoriesAndAUserPackMayUseTheBuiltInOnes() throws {
        XCTAssertThrowsError(try RulePack.decodeStandalone(pack(good), path: "p.json")) { error in
            XCTAssertEqual((error as? RulePackError)?.problems.map(\.message.en), ["rule land.x: category 'land' is not declared in categories"])
        }
        let user = try RulePack.decode(pack(good), path: "p.json")
        XCTAssertEqual(user.rules.first?.category.title.zh, "土地")
    }
}
