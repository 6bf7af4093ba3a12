import XCTest
import QiyueTestSupport
@testable import QiyueReview

/// The measure of how far the built-in rules generalise: every example with one slot word
/// swapped for each sibling of its family (see `SlotFamily`). A triggering variant holds when
/// its rule still fires, a lawful variant when its rule still does not. The same figure is
/// printed by `scripts/substitution-check.py` for a pack under work.
final class SubstitutionTests: XCTestCase {
    static let familiesURL = TestSupport.repositoryRoot
        .appendingPathComponent("Tests/QiyueReviewTests/Fixtures/generalisation/families.json")

    struct Tally {
        var held = 0
        var total = 0
        var misses: [String] = []
        var ratio: Double { total == 0 ? 0 : Double(held) / Double(total) }
    }

    func testSiblingSubstitutionsKeepEachRuleVerdict() throws {
        let families = try SlotFamily.load(Self.familiesURL)
        let pack = try RulePack.builtIn()
        let engine = ReviewEngine(pack: pack, oneFindingPerCategory: false)
        var firing = Tally(), lawful = Tally()
        var used = Set<String>()
        for rule in pack.rules where rule.category != .completeness {
            for (examples, expected) in [(rule.examples.triggering, true), (rule.examples.nonTriggering, false)] {
                var seen = Set(examples)
                for example in examples where !example.contains("\n") {
                    for family in families {
                        for variant in family.variants(of: example) where seen.insert(variant).inserted {
                            used.insert(family.name)
                            let fired = engine.review(text: variant).contains { $0.ruleID == rule.id }
                            let holds = fired == expected
                            if expected { firing.total += 1 } else { lawful.total += 1 }
                            if holds {
                                if expected { firing.held += 1 } else { lawful.held += 1 }
                            } else if expected {
                                firing.misses.append("\(rule.id) [\(family.name)] \(variant)")
                            } else {
                                lawful.misses.append("\(rule.id) [\(family.name)] \(variant)")
                            }
                        }
                    }
                }
            }
        }
        print("substitution: triggering variants that still fire \(firing.held)/\(firing.total) (\(String(format: "%.3f", firing.ratio)))")
        print("substitution: lawful variants that stay lawful \(lawful.held)/\(lawful.total) (\(String(format: "%.3f", lawful.ratio)))")
        XCTAssertEqual(used, Set(families.map(\.name)), "a family that no example contains measures nothing")
        XCTAssertGreaterThanOrEqual(firing.ratio, Self.firingFloor, firing.misses.prefix(20).joined(separator: "\n"))
        XCTAssertGreaterThanOrEqual(lawful.ratio, Self.lawfulFloor, lawful.misses.prefix(20).joined(separator: "\n"))
    }

    /// What the pack reaches now; a change that makes fewer swapped variants hold fails here.
    static let firingFloor = 0.98
    static let lawfulFloor = 0.99
}
