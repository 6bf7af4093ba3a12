/// A rule with its terms replaced by term numbers of the pack's automaton.
///
/// A class, so that handing a rule to the evaluator for every trigger costs one reference
/// count rather than a copy of all its arrays and strings.
final class CompiledRule: Sendable {
    let rule: Rule
    let requireGroups: [[Int]]
    let excluded: [Int]
    let excludedInClause: [Int]
    let lawfulWith: [Int]
    let lawfulIfClaimed: [Int]
    let expected: [Int]
    let expectedFromInvestor: [Int]
    let actors: Set<ActorClass>

    init(rule: Rule, requireGroups: [[Int]], excluded: [Int], excludedInClause: [Int], lawfulWith: [Int], lawfulIfClaimed: [Int], expected: [Int], expectedFromInvestor: [Int], actors: Set<ActorClass>) {
        self.rule = rule
        self.requireGroups = requireGroups
        self.excluded = excluded
        self.excludedInClause = excludedInClause
        self.lawfulWith = lawfulWith
        self.lawfulIfClaimed = lawfulIfClaimed
        self.expected = expected
        self.expectedFromInvestor = expectedFromInvestor
        self.actors = actors
    }
}
