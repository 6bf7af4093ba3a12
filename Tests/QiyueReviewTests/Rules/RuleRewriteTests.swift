import QiyueCore
import XCTest

@testable import QiyueReview

/// The lawful wording a redline puts in must itself pass review: a drafter who accepts a
/// rewrite should not get the next finding from it.
final class RuleRewriteTests: XCTestCase {
    private let preamble = "投资协议\n甲方：某某县人民政府\n乙方：某某科技有限公司\n"

    /// Every rewrite and every quoted suggestion of the pack, by rule.
    private func wordings(_ pack: RulePack) -> [(rule: Rule, text: String)] {
        pack.rules.flatMap { rule -> [(Rule, String)] in
            [rule.rewrite?.zh, Rule.quotedWording(in: rule.suggestion.zh)].compactMap { $0 }.map { (rule, $0) }
        }
    }

    func testEveryRewriteOfTheBuiltInPackPassesReview() throws {
        let pack = try RulePack.builtIn()
        let engine = ReviewEngine(pack: pack)
        let checked = wordings(pack)
        XCTAssertGreaterThan(checked.count, 20)
        for (rule, text) in checked {
            let findings = engine.review(text: preamble + "第一条 " + text + "\n").filter { $0.category != .completeness }
            XCTAssertEqual(findings.map(\.ruleID), [], "\(rule.id): \(text)")
        }
    }

    func testEveryBuiltInRuleGivesAWordingARedlineCanPutIn() throws {
        let pack = try RulePack.builtIn()
        let quoted = Set(wordings(pack).map(\.rule.id))
        XCTAssertEqual(pack.rules.map(\.id).filter { !quoted.contains($0) }, [], "rules with neither a rewrite nor a quoted wording")
    }

    func testAModelClauseSatisfiesTheElementItStandsFor() throws {
        let pack = try RulePack.builtIn()
        let engine = ReviewEngine(pack: pack)
        let completeness = pack.rules.filter { $0.category == .completeness }
        XCTAssertFalse(completeness.isEmpty)
        for rule in completeness {
            let clause = try XCTUnwrap(rule.rewrite, "\(rule.id) has no model clause").zh
            let without = engine.review(text: preamble).map(\.ruleID)
            let with = engine.review(text: preamble + "第一条 " + clause + "\n").map(\.ruleID)
            XCTAssertTrue(without.contains(rule.id), rule.id)
            XCTAssertFalse(with.contains(rule.id), "\(rule.id): \(clause)")
        }
    }

    func testARewriteNeedsBothLanguages() throws {
        var pack = try RulePack.builtIn()
        pack.rules[0].rewrite = LocalizedText(zh: "项目用地依法公开出让。", en: "")
        let problems = RulePackValidator.problems(in: pack)
        XCTAssertTrue(problems.contains { $0.message.zh.contains("改写文本") }, problems.map(\.message.zh).joined(separator: "\n"))
    }
}
