/// A rule with its terms replaced by term numbers of the pack's automaton.
struct CompiledRule: Sendable {
    var rule: Rule
    var requireGroups: [[Int]]
    var excluded: [Int]
    var excludedInClause: [Int]
    var expected: [Int]
    var actors: Set<ActorClass>
}
