import Foundation
import QiyueCore

/// A named, versioned list of rules as stored in a JSON file.
///
/// The built-in pack ships as a resource of this module; users add their own with
/// `--rules FILE`, where a rule with an existing id replaces the built-in one.
public struct RulePack: Sendable, Hashable, Codable {
    public var name: String
    public var version: String
    public var rules: [Rule]
    /// Named sets of terms (national tax preferences, lawful land mechanisms…) that rules
    /// refer to as `@name` instead of pasting the same list into every rule.
    public var termSets: [String: [String]]
    /// Basis entries (by citation) that fit a finding only under a condition of its frame:
    /// `giver-organ` — 机关法人不得为保证人 fits a guarantee given by a government organ, not
    /// one given by a state-owned company; `not-factor-price` — the budget law's guarantee and
    /// borrowing bans do not fit a promise about a power, water or gas price.
    public var basisConditions: [String: BasisCondition]

    public init(name: String, version: String, rules: [Rule], termSets: [String: [String]] = [:], basisConditions: [String: BasisCondition] = [:]) {
        self.name = name
        self.version = version
        self.rules = rules
        self.termSets = termSets
        self.basisConditions = basisConditions
    }

    enum CodingKeys: String, CodingKey {
        case name, version, rules, termSets, basisConditions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            version: try container.decode(String.self, forKey: .version),
            rules: try container.decode([Rule].self, forKey: .rules),
            termSets: try container.decodeIfPresent([String: [String]].self, forKey: .termSets) ?? [:],
            basisConditions: try container.decodeIfPresent([String: BasisCondition].self, forKey: .basisConditions) ?? [:]
        )
    }

    /// `terms` with every `@name` replaced by the terms of that set (unknown sets, which the
    /// validator reports, expand to nothing).
    public func expanding(_ terms: [String]) -> [String] {
        terms.flatMap { term -> [String] in
            guard term.hasPrefix("@") else { return [term] }
            return termSets[String(term.dropFirst())] ?? []
        }
    }

    /// The pack compiled into the library (`Resources/default-rules.json`).
    public static func builtIn() throws -> RulePack {
        try decode(try EmbeddedResourceFolder.resources.data("default-rules.json"), path: "default-rules.json")
    }

    /// Reads and validates a pack; a pack with any problem is rejected as a whole.
    public static func load(path: String) throws -> RulePack {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw RulePackError(path: path, problems: [LocalizedText(zh: "无法读取规则包", en: "cannot read the rule pack")])
        }
        return try decode(data, path: path)
    }

    public static func decode(_ data: Data, path: String) throws -> RulePack {
        let pack: RulePack
        do {
            pack = try JSONDecoder().decode(RulePack.self, from: data)
        } catch let error as DecodingError {
            throw RulePackError(path: path, problems: [RulePackError.describe(error)])
        } catch {
            throw RulePackError(path: path, problems: [LocalizedText(zh: "不是有效的 JSON", en: "not valid JSON")])
        }
        let problems = RulePackFieldCheck.problems(in: data) + RulePackValidator.problems(in: pack)
        guard problems.isEmpty else { throw RulePackError(path: path, problems: problems) }
        return pack
    }

    /// This pack with `other`'s rules added; a rule of `other` replaces one with the same id.
    public func merging(_ other: RulePack) -> RulePack {
        var rules = self.rules
        for rule in other.rules {
            if let index = rules.firstIndex(where: { $0.id == rule.id }) {
                rules[index] = rule
            } else {
                rules.append(rule)
            }
        }
        return RulePack(name: name, version: version, rules: rules, termSets: termSets.merging(other.termSets) { $1 },
            basisConditions: basisConditions.merging(other.basisConditions) { $1 })
    }

    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }
}
