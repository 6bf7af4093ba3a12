import XCTest
@testable import QiyueReview

/// The actor bit mask a compiled rule is tested with says what its set of actors says.
final class CompiledRuleTests: XCTestCase {
    func testActorBitsAreDistinct() {
        let bits = ActorClass.allCases.map(CompiledRule.actorBit)
        XCTAssertEqual(Set(bits).count, ActorClass.allCases.count)
        XCTAssertTrue(bits.allSatisfy { $0.nonzeroBitCount == 1 })
    }

    func testAdmitsExactlyTheRulesActors() throws {
        let pack = CompiledPack(try RulePack.builtIn())
        XCTAssertFalse(pack.rules.isEmpty)
        for rule in pack.rules {
            for actor in ActorClass.allCases {
                XCTAssertEqual(rule.admits(actor), rule.actors.contains(actor), "\(rule.rule.id) \(actor)")
            }
        }
    }
}
