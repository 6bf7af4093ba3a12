import QiyueCore
import XCTest
@testable import QiyueReview

/// Which rule takes a category's one finding when several fire on a sentence: the more severe,
/// and between rules of one severity the one the pack puts first — so a warning never hides an
/// error of the same clause, with its rule id and its suggestion.
final class FindingChoiceTests: XCTestCase {
    func rule(_ id: String, _ severity: RuleSeverity, triggers: [String]) -> Rule {
        Rule(
            id: id, category: .land, severity: severity, message: LocalizedText(zh: id, en: id), basis: [],
            suggestion: LocalizedText(zh: "改为依法出让。", en: "sell lawfully"), match: RuleMatch(triggers: triggers),
            examples: RuleExamples(triggering: [], nonTriggering: [])
        )
    }

    func chosen(_ rules: [Rule], _ clause: String) -> [String] {
        let engine = ReviewEngine(pack: RulePack(name: "test", version: "1", rules: rules))
        return engine.review(text: "甲方：某某县人民政府\n乙方：某某科技有限公司\n\n\(clause)\n").map(\.ruleID)
    }

    func testTheMoreSevereRuleTakesTheFindingWhereverItStandsInThePack() {
        let rules = [rule("land.check", .warning, triggers: ["出让价款"]), rule("land.agreement", .error, triggers: ["协议出让"])]
        XCTAssertEqual(chosen(rules, "甲方将项目用地协议出让给乙方，出让价款按评估价确定。"), ["land.agreement"])
        XCTAssertEqual(chosen(rules.reversed(), "甲方将项目用地协议出让给乙方，出让价款按评估价确定。"), ["land.agreement"])
        // Alone, the warning still fires.
        XCTAssertEqual(chosen(rules, "项目用地的出让价款按评估价确定。"), ["land.check"])
    }

    func testBetweenRulesOfOneSeverityThePackOrderDecides() {
        let narrow = rule("land.narrow", .error, triggers: ["协议出让"]), broad = rule("land.broad", .error, triggers: ["出让"])
        XCTAssertEqual(chosen([narrow, broad], "甲方将项目用地协议出让给乙方。"), ["land.narrow"])
        XCTAssertEqual(chosen([broad, narrow], "甲方将项目用地协议出让给乙方。"), ["land.broad"])
    }

    /// In the built-in pack: a price at exactly 70% of the minimum standard (a warning, to be
    /// checked) in a clause that also sells the land by agreement (an error).
    func testTheBuiltInPackReportsTheErrorOfAClauseWithAWarningToo() {
        let engine = ReviewEngine(pack: try! RulePack.builtIn())
        let clause = "甲方同意以协议方式将项目用地出让给乙方，出让价格按所在地土地等别相对应全国工业用地出让最低价标准的70%执行。"
        let land = engine.review(text: "甲方：某某县人民政府\n乙方：某某科技有限公司\n\n\(clause)\n").filter { $0.category == .land }
        XCTAssertEqual(land.count, 1)
        XCTAssertEqual(land.first?.severity, .error)
    }
}
