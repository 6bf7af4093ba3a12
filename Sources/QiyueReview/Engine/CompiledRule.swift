/// A rule with its terms replaced by term numbers of the pack's automaton.
///
/// A class, so that handing a rule to the evaluator for every trigger costs one reference
/// count rather than a copy of all its arrays and strings.
final class CompiledRule: Sendable {
    /// The rule, held as the matches of it hold it.
    let reference: RuleReference
    var rule: Rule { reference.rule }
    let requireGroups: [[Int]]
    let excluded: [Int]
    let excludedInClause: [Int]
    let lawfulWith: [Int]
    let lawfulIfClaimed: [Int]
    let expected: [Int]
    let expectedFromInvestor: [Int]
    let actors: Set<ActorClass>
    /// The rule's category as a number of the pack (see `CompiledPack`), and the fields of
    /// the rule the evaluator reads for every trigger, kept here so that reading them neither
    /// copies the rule's category (six strings) nor hashes its id.
    let category: Int
    let severity: RuleSeverity
    let clauseScope: Bool
    let negatable: Bool
    let requireAmount: Bool
    let readsShare: Bool
    /// `actors` as one bit per actor class (see `actorBit`), tested for every trigger the
    /// rule is tried on, where hashing the actor into the set cost more than the test.
    let actorMask: UInt8

    init(rule: Rule, category: Int, requireGroups: [[Int]], excluded: [Int], excludedInClause: [Int], lawfulWith: [Int], lawfulIfClaimed: [Int], expected: [Int], expectedFromInvestor: [Int], actors: Set<ActorClass>) {
        self.reference = RuleReference(rule)
        self.category = category
        self.severity = rule.severity
        self.clauseScope = rule.match.scope == .clause
        self.negatable = rule.match.negatable
        self.requireAmount = rule.match.requireAmount
        self.readsShare = rule.match.shareBelow != nil || rule.match.shareAt != nil
        self.requireGroups = requireGroups
        self.excluded = excluded
        self.excludedInClause = excludedInClause
        self.lawfulWith = lawfulWith
        self.lawfulIfClaimed = lawfulIfClaimed
        self.expected = expected
        self.expectedFromInvestor = expectedFromInvestor
        self.actors = actors
        self.actorMask = actors.reduce(0) { $0 | Self.actorBit($1) }
    }

    /// Whether the rule applies when `actor` acts: `actors.contains(actor)`.
    @inline(__always)
    func admits(_ actor: ActorClass) -> Bool { actorMask & Self.actorBit(actor) != 0 }

    static func actorBit(_ actor: ActorClass) -> UInt8 {
        switch actor {
        case .government: return 1
        case .investor: return 2
        case .thirdParty: return 4
        case .unknown: return 8
        }
    }
}
