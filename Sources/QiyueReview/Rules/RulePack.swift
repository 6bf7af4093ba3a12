import Foundation
import QiyueCore

/// A named, versioned list of categories, term sets and rules as stored in a JSON file.
///
/// The built-in pack ships as a resource of this module; users add their own with
/// `--rules FILE`, where a rule with an existing id replaces the built-in one and a
/// category with an existing id replaces its titles.
public struct RulePack: Sendable, Hashable, Codable {
    public var name: String
    public var version: String
    /// The categories rules may name, as declared (reports sort them by `order`).
    public var categories: [RuleCategory]
    public var rules: [Rule]
    /// Named sets of terms (national tax preferences, lawful land mechanisms…) that rules
    /// refer to as `@name` instead of pasting the same list into every rule.
    public var termSets: [String: [String]]
    /// Basis entries (by citation) that fit a finding only under a condition of its frame:
    /// `giver-organ` — 机关法人不得为保证人 fits a guarantee given by a government organ, not
    /// one given by a state-owned company; `not-factor-price` — the budget law's guarantee and
    /// borrowing bans do not fit a promise about a power, water or gas price.
    public var basisConditions: [String: BasisCondition]

    public init(
        name: String, version: String, categories: [RuleCategory] = [], rules: [Rule],
        termSets: [String: [String]] = [:], basisConditions: [String: BasisCondition] = [:]
    ) {
        self.name = name
        self.version = version
        self.categories = categories
        self.rules = rules
        self.termSets = termSets
        self.basisConditions = basisConditions
        resolveCategories()
    }

    enum CodingKeys: String, CodingKey {
        case name, version, categories, rules, termSets, basisConditions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            version: try container.decode(String.self, forKey: .version),
            categories: (try container.decodeIfPresent([RuleCategoryDeclaration].self, forKey: .categories) ?? []).map(\.category),
            rules: try container.decode([Rule].self, forKey: .rules),
            termSets: try container.decodeIfPresent([String: [String]].self, forKey: .termSets) ?? [:],
            basisConditions: try container.decodeIfPresent([String: BasisCondition].self, forKey: .basisConditions) ?? [:]
        )
    }

    /// Gives every rule the declaration of its category, so a finding carries the titles
    /// reports print (a rule whose category is not declared keeps the bare id; the
    /// validator reports it).
    mutating func resolveCategories(from extra: [RuleCategory] = []) {
        let declared = Dictionary((extra + categories).map { ($0.id, $0) }) { _, last in last }
        for index in rules.indices {
            if let category = declared[rules[index].category.id] { rules[index].category = category }
        }
    }

    /// The declared categories in report order.
    public var orderedCategories: [RuleCategory] { RuleCategory.ordered(categories) }

    /// Each rule's `rewrite`, by rule id (the first rule of an id wins, as in matching).
    public var rewrites: [String: LocalizedText] {
        Dictionary(rules.compactMap { rule in rule.rewrite.map { (rule.id, $0) } }) { first, _ in first }
    }

    /// The declaration of the category with `id`, if the pack has one.
    public func category(id: String) -> RuleCategory? { categories.last { $0.id == id } }

    /// `terms` with every `@name` replaced by the terms of that set (unknown sets, which the
    /// validator reports, expand to nothing).
    public func expanding(_ terms: [String]) -> [String] {
        terms.flatMap { term -> [String] in
            guard term.hasPrefix("@") else { return [term] }
            return termSets[String(term.dropFirst())] ?? []
        }
    }

    /// This pack with `other`'s rules and categories added; a rule or category of `other`
    /// replaces one with the same id in place.
    public func merging(_ other: RulePack) -> RulePack {
        var rules = self.rules
        for rule in other.rules {
            if let index = rules.firstIndex(where: { $0.id == rule.id }) { rules[index] = rule } else { rules.append(rule) }
        }
        var categories = self.categories
        for category in other.categories {
            if let index = categories.firstIndex(of: category) { categories[index] = category } else { categories.append(category) }
        }
        return RulePack(name: name, version: version, categories: categories, rules: rules,
            termSets: termSets.merging(other.termSets) { $1 }, basisConditions: basisConditions.merging(other.basisConditions) { $1 })
    }

    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }
}
