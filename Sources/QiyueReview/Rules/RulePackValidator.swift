import QiyueCore

/// The checks a rule pack must pass before it is used.
///
/// They keep packs honest: a rule without examples cannot show what it means, an id that
/// does not start with its category confuses reports, and an error-level rule without a
/// legal basis asks the reviewer to take the tool's word for it.
public enum RulePackValidator {
    public static func problems(in pack: RulePack) -> [LocalizedText] {
        var problems: [LocalizedText] = []
        var seen = Set<String>()
        for rule in pack.rules {
            let id = rule.id
            if !seen.insert(id).inserted {
                problems.append(LocalizedText(zh: "规则 \(id) 重复定义", en: "rule \(id) is defined twice"))
            }
            if !id.hasPrefix(rule.category.rawValue + ".") || id.count <= rule.category.rawValue.count + 1
                || id.contains(where: { $0.isWhitespace || $0 == ":" }) {
                problems.append(LocalizedText(zh: "规则 \(id) 的 id 应为“\(rule.category.rawValue).名称”", en: "rule \(id): the id must be '\(rule.category.rawValue).name'"))
            }
            if rule.examples.triggering.isEmpty || rule.examples.nonTriggering.isEmpty {
                problems.append(LocalizedText(zh: "规则 \(id) 必须同时有触发示例和不触发示例", en: "rule \(id) needs both triggering and non-triggering examples"))
            }
            if rule.message.zh.isEmpty || rule.message.en.isEmpty || rule.suggestion.zh.isEmpty || rule.suggestion.en.isEmpty {
                problems.append(LocalizedText(zh: "规则 \(id) 的提示或修改建议缺少中文或英文", en: "rule \(id) lacks a Chinese or English message or suggestion"))
            }
            if rule.severity == .error && rule.basis.isEmpty {
                problems.append(LocalizedText(zh: "错误级规则 \(id) 必须给出法律依据", en: "error rule \(id) must cite a legal basis"))
            }
            problems += matchProblems(rule)
            let match = rule.match
            for term in match.triggers + match.requireAll.flatMap({ $0 }) + match.excludeAny + match.excludeInClause + match.lawfulWith + match.lawfulIfClaimed + match.expected + match.expectedFromInvestor
            where term.hasPrefix("@") && pack.termSets[String(term.dropFirst())] == nil {
                problems.append(LocalizedText(zh: "规则 \(id) 引用了未定义的词集 \(term)", en: "rule \(id) refers to the undefined term set \(term)"))
            }
        }
        for (name, terms) in pack.termSets.sorted(by: { $0.key < $1.key }) where terms.isEmpty || terms.contains(where: { $0.hasPrefix("@") }) {
            problems.append(LocalizedText(zh: "词集 \(name) 为空或引用了其他词集", en: "term set \(name) is empty or refers to another set"))
        }
        return problems
    }

    private static func matchProblems(_ rule: Rule) -> [LocalizedText] {
        let id = rule.id, match = rule.match
        var problems: [LocalizedText] = []
        let allTerms = match.triggers + match.requireAll.flatMap { $0 } + match.excludeAny + match.excludeInClause + match.lawfulWith + match.lawfulIfClaimed + match.expected + match.expectedFromInvestor
        if allTerms.contains(where: { NormalizedText.fold(term: $0).isEmpty }) {
            problems.append(LocalizedText(zh: "规则 \(id) 含有空词条", en: "rule \(id) has an empty term"))
        }
        if match.scope == .document {
            if match.expected.isEmpty {
                problems.append(LocalizedText(zh: "文档级规则 \(id) 必须列出 expected 词条", en: "document rule \(id) must list expected terms"))
            }
        } else {
            if match.triggers.isEmpty {
                problems.append(LocalizedText(zh: "规则 \(id) 必须列出 triggers 词条", en: "rule \(id) must list trigger terms"))
            }
            if match.actors.isEmpty {
                problems.append(LocalizedText(zh: "规则 \(id) 的 actors 不能为空", en: "rule \(id): actors must not be empty"))
            }
            if match.requireAll.contains(where: \.isEmpty) {
                problems.append(LocalizedText(zh: "规则 \(id) 的 requireAll 含有空组", en: "rule \(id): requireAll has an empty group"))
            }
        }
        return problems
    }
}
