/// The matching conditions of a rule: data, so that rule packs need no code.
///
/// A clause rule fires on a trigger term when, in its scope, every `requireAll` group has
/// a term, no `excludeAny` term occurs (nor an `excludeInClause` term in the trigger's clause), the committing actor is one of `actors`, the
/// trigger is not negated (unless `negatable` is false) and, if asked, an amount of money
/// is stated. A document rule (scope `document`) fires when none of `expected` occurs in
/// a whole agreement.
public struct RuleMatch: Sendable, Hashable, Codable {
    public var scope: MatchScope
    public var triggers: [String]
    public var requireAll: [[String]]
    public var excludeAny: [String]
    /// Terms that exclude only when they stand in the trigger's own clause, for lawful
    /// framing such as 依法 that often opens a sentence whose tail is still unlawful.
    public var excludeInClause: [String]
    /// Terms naming a lawful mechanism in what is promised (state construction land leased by
    /// public supply, a price formed by public sale): a sentence naming one is lawful whoever
    /// gives. Words such as 依法 or 按国家规定 are no mechanism and never belong here.
    public var lawfulWith: [String]
    /// Mechanisms the investor claims for itself (a national tax preference applied for at the
    /// tax authority): lawful when the government side is not the one giving.
    public var lawfulIfClaimed: [String]
    /// The rule fires only when the trigger is followed in its clause by a share of the base
    /// below this fraction (最低价标准的60% with 0.7).
    public var shareBelow: Double?
    /// The rule fires only when that share is exactly this fraction (最低价标准的70%).
    public var shareAt: Double?
    public var actors: [ActorClass]
    public var negatable: Bool
    public var requireAmount: Bool
    /// For document rules: terms any one of which shows the element is present.
    public var expected: [String]
    /// For document rules: verbs that show the element when the investor side — whichever
    /// role it has in the document — does them with an amount stated (甲方计划在乙方辖区
    /// 投资5亿元 when 甲方 is the company).
    public var expectedFromInvestor: [String]

    public init(
        scope: MatchScope = .sentence,
        triggers: [String] = [],
        requireAll: [[String]] = [],
        excludeAny: [String] = [],
        excludeInClause: [String] = [],
        lawfulWith: [String] = [],
        lawfulIfClaimed: [String] = [],
        shareBelow: Double? = nil,
        shareAt: Double? = nil,
        actors: [ActorClass] = [.government, .unknown],
        negatable: Bool = true,
        requireAmount: Bool = false,
        expected: [String] = [],
        expectedFromInvestor: [String] = []
    ) {
        self.scope = scope
        self.triggers = triggers
        self.requireAll = requireAll
        self.excludeAny = excludeAny
        self.excludeInClause = excludeInClause
        self.lawfulWith = lawfulWith
        self.lawfulIfClaimed = lawfulIfClaimed
        self.shareBelow = shareBelow
        self.shareAt = shareAt
        self.actors = actors
        self.negatable = negatable
        self.requireAmount = requireAmount
        self.expected = expected
        self.expectedFromInvestor = expectedFromInvestor
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case scope, triggers, requireAll, excludeAny, excludeInClause, lawfulWith, lawfulIfClaimed, shareBelow, shareAt, actors, negatable, requireAmount, expected, expectedFromInvestor
    }

    /// Decodes with the documented defaults for every absent field.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            scope: try container.decodeIfPresent(MatchScope.self, forKey: .scope) ?? .sentence,
            triggers: try container.decodeIfPresent([String].self, forKey: .triggers) ?? [],
            requireAll: try container.decodeIfPresent([[String]].self, forKey: .requireAll) ?? [],
            excludeAny: try container.decodeIfPresent([String].self, forKey: .excludeAny) ?? [],
            excludeInClause: try container.decodeIfPresent([String].self, forKey: .excludeInClause) ?? [],
            lawfulWith: try container.decodeIfPresent([String].self, forKey: .lawfulWith) ?? [],
            lawfulIfClaimed: try container.decodeIfPresent([String].self, forKey: .lawfulIfClaimed) ?? [],
            shareBelow: try container.decodeIfPresent(Double.self, forKey: .shareBelow),
            shareAt: try container.decodeIfPresent(Double.self, forKey: .shareAt),
            actors: try container.decodeIfPresent([ActorClass].self, forKey: .actors) ?? [.government, .unknown],
            negatable: try container.decodeIfPresent(Bool.self, forKey: .negatable) ?? true,
            requireAmount: try container.decodeIfPresent(Bool.self, forKey: .requireAmount) ?? false,
            expected: try container.decodeIfPresent([String].self, forKey: .expected) ?? [],
            expectedFromInvestor: try container.decodeIfPresent([String].self, forKey: .expectedFromInvestor) ?? []
        )
    }
}
