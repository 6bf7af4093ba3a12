@testable import QiyueReview

/// The built-in engine and the conventional preamble (甲方 the county government, 乙方 the
/// company) that the clause tests review each clause after, in one place, so that every test
/// reads a clause the same way and the pack is compiled once.
enum ClauseReview {
    static let engine = ReviewEngine(pack: try! RulePack.builtIn())
    static let preamble = "甲方：某某县人民政府\n乙方：某某科技有限公司\n\n"

    /// The findings of `clause` reviewed as the one clause of an agreement under the preamble.
    static func findings(_ clause: String) -> [Finding] {
        engine.review(text: preamble + clause + "\n")
    }

    /// The categories of the findings of `clause` at `severity` or above.
    static func categories(_ clause: String, atLeast severity: RuleSeverity) -> Set<RuleCategory> {
        Set(findings(clause).filter { $0.severity >= severity }.map(\.category))
    }

    /// The rules of the findings of `clause` at `severity` or above.
    static func ruleIDs(_ clause: String, atLeast severity: RuleSeverity) -> Set<String> {
        Set(findings(clause).filter { $0.severity >= severity }.map(\.ruleID))
    }
}
