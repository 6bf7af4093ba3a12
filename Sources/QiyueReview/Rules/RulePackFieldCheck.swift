import QiyueCore

/// Finds misspelt and repeated field names in a rule pack, which decoding would silently
/// ignore or let the last one win.
///
/// A pack author who writes `"trigger"` for `"triggers"` or `"exclude"` for `"excludeAny"`
/// would otherwise get a rule that quietly matches everything or nothing; naming the field
/// and the closest correct one, at its line, turns that into a one-line fix.
enum RulePackFieldCheck {
    static let packFields = ["name", "version", "categories", "termSets", "basisConditions", "rules"]
    static let ruleFields = ["id", "category", "severity", "message", "basis", "suggestion", "rewrite", "match", "examples"]
    static let textFields = ["zh", "en"]
    static let exampleFields = ["triggering", "nonTriggering"]
    static let matchFields = RuleMatch.CodingKeys.allCases.map(\.rawValue)

    static func problems(in root: JSONNode) -> [RulePackProblem] {
        var problems = check(root, allowed: packFields, at: .root)
        if let termSets = root["termSets"] { problems += repeated(in: termSets, at: JSONPointer(["termSets"])) }
        if let conditions = root["basisConditions"] { problems += repeated(in: conditions, at: JSONPointer(["basisConditions"])) }
        for (index, category) in (root["categories"]?.value.elements ?? []).enumerated() {
            let pointer = JSONPointer(["categories", String(index)])
            problems += check(category, allowed: RuleCategoryDeclaration.fields, at: pointer)
            for field in ["title", "description", "opinionLabel"] {
                if let text = category[field] { problems += check(text, allowed: textFields, at: pointer.appending(field)) }
            }
        }
        for (index, rule) in (root["rules"]?.value.elements ?? []).enumerated() {
            let pointer = JSONPointer(["rules", String(index)])
            problems += check(rule, allowed: ruleFields, at: pointer)
            for field in ["message", "suggestion", "rewrite"] {
                if let text = rule[field] { problems += check(text, allowed: textFields, at: pointer.appending(field)) }
            }
            if let examples = rule["examples"] { problems += check(examples, allowed: exampleFields, at: pointer.appending("examples")) }
            if let match = rule["match"] { problems += check(match, allowed: matchFields, at: pointer.appending("match")) }
        }
        return problems
    }

    /// Unknown and repeated keys of one object (nothing for a value that is not an object;
    /// decoding reports its type).
    static func check(_ node: JSONNode, allowed: [String], at pointer: JSONPointer) -> [RulePackProblem] {
        let unknown = (node.value.members ?? []).filter { !allowed.contains($0.key) }.map { member in
            let hint = EditDistance.closest(to: member.key, among: allowed)
            return RulePackProblem(
                zh: "未知字段“\(member.key)”（位置 \(path(pointer))）" + (hint.map { "；您是否想输入“\($0)”？" } ?? ""),
                en: "unknown field '\(member.key)' at \(path(pointer))" + (hint.map { "; did you mean '\($0)'?" } ?? ""),
                at: pointer.appending(member.key), atKey: true
            )
        }
        return unknown + repeated(in: node, at: pointer)
    }

    /// A key written twice in one object: JSON readers keep the last, so the first is lost.
    static func repeated(in node: JSONNode, at pointer: JSONPointer) -> [RulePackProblem] {
        var seen = Set<String>()
        return (node.value.members ?? []).compactMap { member in
            if seen.insert(member.key).inserted { return nil }
            return RulePackProblem(
                zh: "字段“\(member.key)”重复（位置 \(path(pointer))）", en: "field '\(member.key)' is given twice at \(path(pointer))",
                at: pointer.appending(member.key), atKey: true)
        }
    }

    /// `.rules[3].match`, the way the messages have always named a place.
    static func path(_ pointer: JSONPointer) -> String {
        guard !pointer.tokens.isEmpty else { return "." }
        return pointer.tokens.map { Int($0) != nil ? "[\($0)]" : ".\($0)" }.joined()
    }
}
