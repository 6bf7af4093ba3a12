import QiyueCore

/// The checks on a rule's matching conditions: the terms a scope needs, no empty term,
/// and every `@set` a declared term set.
enum RulePackMatchCheck {
    static func problems(_ rule: Rule, termSets: [String: [String]], at pointer: JSONPointer) -> [RulePackProblem] {
        let id = rule.id, match = rule.match
        var problems: [RulePackProblem] = []
        let fields: [(String, [String])] = [
            ("triggers", match.triggers), ("requireAll", match.requireAll.flatMap { $0 }), ("excludeAny", match.excludeAny),
            ("excludeInClause", match.excludeInClause), ("lawfulWith", match.lawfulWith), ("lawfulIfClaimed", match.lawfulIfClaimed),
            ("expected", match.expected), ("expectedFromInvestor", match.expectedFromInvestor),
        ]
        if fields.contains(where: { $0.1.contains { NormalizedText.fold(term: $0).isEmpty } }) {
            problems.append(RulePackProblem(zh: "规则 \(id) 含有空词条", en: "rule \(id) has an empty term", at: pointer))
        }
        if match.scope == .document {
            if match.expected.isEmpty {
                problems.append(RulePackProblem(zh: "文档级规则 \(id) 必须列出 expected 词条", en: "document rule \(id) must list expected terms", at: pointer))
            }
        } else {
            if match.triggers.isEmpty {
                problems.append(RulePackProblem(zh: "规则 \(id) 必须列出 triggers 词条", en: "rule \(id) must list trigger terms", at: pointer))
            }
            if match.actors.isEmpty {
                problems.append(RulePackProblem(zh: "规则 \(id) 的 actors 不能为空", en: "rule \(id): actors must not be empty", at: pointer))
            }
            if match.requireAll.contains(where: \.isEmpty) {
                problems.append(RulePackProblem(zh: "规则 \(id) 的 requireAll 含有空组", en: "rule \(id): requireAll has an empty group", at: pointer))
            }
        }
        for (field, terms) in fields {
            for (index, term) in terms.enumerated() where term.hasPrefix("@") && termSets[String(term.dropFirst())] == nil {
                let hint = EditDistance.closest(to: String(term.dropFirst()), among: termSets.keys.sorted())
                problems.append(RulePackProblem(
                    zh: "规则 \(id) 引用了未定义的词集 \(term)" + (hint.map { "；您是否想输入“@\($0)”？" } ?? ""),
                    en: "rule \(id) refers to the undefined term set \(term)" + (hint.map { "; did you mean '@\($0)'?" } ?? ""),
                    at: field == "requireAll" ? pointer.appending(field) : pointer.appending(field).appending(index)))
            }
        }
        return problems
    }
}
