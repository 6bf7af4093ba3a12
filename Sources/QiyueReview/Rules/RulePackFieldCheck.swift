import Foundation
import QiyueCore

/// Finds misspelt field names in a rule pack, which JSON decoding would silently ignore.
///
/// A pack author who writes `"trigger"` for `"triggers"` or `"exclude"` for `"excludeAny"`
/// would otherwise get a rule that quietly matches everything or nothing; naming the field
/// and the closest correct one turns that into a one-line fix.
enum RulePackFieldCheck {
    static let packFields = ["name", "version", "rules", "termSets", "basisConditions"]
    static let ruleFields = ["id", "category", "severity", "message", "basis", "suggestion", "match", "examples"]
    static let textFields = ["zh", "en"]
    static let exampleFields = ["triggering", "nonTriggering"]
    static let matchFields = RuleMatch.CodingKeys.allCases.map(\.rawValue)

    static func problems(in data: Data) -> [LocalizedText] {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [] }
        var problems = unknown(in: root, allowed: packFields, at: "")
        for (index, rule) in ((root["rules"] as? [Any]) ?? []).enumerated() {
            guard let rule = rule as? [String: Any] else { continue }
            let path = ".rules[\(index)]"
            problems += unknown(in: rule, allowed: ruleFields, at: path)
            for field in ["message", "suggestion"] {
                if let text = rule[field] as? [String: Any] { problems += unknown(in: text, allowed: textFields, at: path + "." + field) }
            }
            if let examples = rule["examples"] as? [String: Any] { problems += unknown(in: examples, allowed: exampleFields, at: path + ".examples") }
            if let match = rule["match"] as? [String: Any] { problems += unknown(in: match, allowed: matchFields, at: path + ".match") }
        }
        return problems
    }

    static func unknown(in object: [String: Any], allowed: [String], at path: String) -> [LocalizedText] {
        object.keys.sorted().filter { !allowed.contains($0) }.map { key in
            let hint = EditDistance.closest(to: key, among: allowed)
            return LocalizedText(
                zh: "未知字段“\(key)”（位置 \(path.isEmpty ? "." : path)）" + (hint.map { "；您是否想输入“\($0)”？" } ?? ""),
                en: "unknown field '\(key)' at \(path.isEmpty ? "." : path)" + (hint.map { "; did you mean '\($0)'?" } ?? "")
            )
        }
    }
}
