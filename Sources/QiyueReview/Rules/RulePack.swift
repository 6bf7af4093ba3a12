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

    public init(name: String, version: String, rules: [Rule]) {
        self.name = name
        self.version = version
        self.rules = rules
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
        return RulePack(name: name, version: version, rules: rules)
    }

    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }
}
