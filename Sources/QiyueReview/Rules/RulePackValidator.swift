import QiyueCore

/// The checks a rule pack must pass before it is used.
///
/// They keep packs honest: a rule without examples cannot show what it means, an id that
/// does not start with its category confuses reports, a category or term set nobody
/// declared is a typo, and an error-level rule without a legal basis asks the reviewer to
/// take the tool's word for it. Each problem points at the value to fix.
public enum RulePackValidator {
    /// The problems of `pack`, whose rules may also use the categories and term sets of
    /// `base` (the pack it is read on top of).
    public static func problems(in pack: RulePack, over base: RulePack? = nil) -> [RulePackProblem] {
        var problems = categoryProblems(pack)
        let categories = Set(pack.categories.map(\.id) + (base?.categories.map(\.id) ?? []))
        let termSets = pack.termSets.merging(base?.termSets ?? [:]) { own, _ in own }
        var seen = Set<String>()
        for (index, rule) in pack.rules.enumerated() {
            let at = JSONPointer(["rules", String(index)])
            let id = rule.id, category = rule.category.id
            if !seen.insert(id).inserted {
                problems.append(RulePackProblem(zh: "规则 \(id) 重复定义", en: "rule \(id) is defined twice", at: at.appending("id")))
            }
            if !categories.contains(category) {
                let hint = EditDistance.closest(to: category, among: categories.sorted())
                problems.append(RulePackProblem(
                    zh: "规则 \(id) 的类别“\(category)”未在 categories 中声明" + (hint.map { "；您是否想输入“\($0)”？" } ?? ""),
                    en: "rule \(id): category '\(category)' is not declared in categories" + (hint.map { "; did you mean '\($0)'?" } ?? ""),
                    at: at.appending("category")))
            }
            if !id.hasPrefix(category + ".") || id.count <= category.count + 1 || id.contains(where: { $0.isWhitespace || $0 == ":" }) {
                problems.append(RulePackProblem(zh: "规则 \(id) 的 id 应为“\(category).名称”", en: "rule \(id): the id must be '\(category).name'", at: at.appending("id")))
            }
            if rule.message.zh.isEmpty || rule.message.en.isEmpty || rule.suggestion.zh.isEmpty || rule.suggestion.en.isEmpty {
                problems.append(RulePackProblem(zh: "规则 \(id) 的提示或修改建议缺少中文或英文", en: "rule \(id) lacks a Chinese or English message or suggestion", at: at))
            }
            if let rewrite = rule.rewrite, rewrite.zh.isEmpty || rewrite.en.isEmpty {
                problems.append(RulePackProblem(zh: "规则 \(id) 的改写文本缺少中文或英文", en: "rule \(id) lacks a Chinese or English rewrite", at: at.appending("rewrite")))
            }
            if rule.severity == .error && rule.basis.isEmpty {
                problems.append(RulePackProblem(zh: "错误级规则 \(id) 必须给出法律依据", en: "error rule \(id) must cite a legal basis", at: at.appending("basis")))
            }
            problems += RulePackExampleCheck.problems(rule, at: at.appending("examples"))
            problems += RulePackMatchCheck.problems(rule, termSets: termSets, at: at.appending("match"))
        }
        for (name, terms) in pack.termSets.sorted(by: { $0.key < $1.key }) {
            if terms.isEmpty || terms.contains(where: { $0.hasPrefix("@") }) {
                problems.append(RulePackProblem(zh: "词集 \(name) 为空或引用了其他词集", en: "term set \(name) is empty or refers to another set", at: JSONPointer(["termSets", name])))
            }
            // A blank term occurs everywhere: in a placement set it would make every line a closing sentence.
            for (index, term) in terms.enumerated() where term.allSatisfy(\.isWhitespace) {
                problems.append(RulePackProblem(zh: "词集 \(name) 含空白词语", en: "term set \(name) holds a blank term", at: JSONPointer(["termSets", name, String(index)])))
            }
        }
        return problems + RulePackSizeCheck.problems(pack, over: base)
    }

    /// Every declared category needs a usable id and both titles, once.
    static func categoryProblems(_ pack: RulePack) -> [RulePackProblem] {
        var problems: [RulePackProblem] = []
        var seen = Set<String>()
        for (index, category) in pack.categories.enumerated() {
            let at = JSONPointer(["categories", String(index)])
            let id = category.id
            if !seen.insert(id).inserted {
                problems.append(RulePackProblem(zh: "类别 \(id) 重复声明", en: "category \(id) is declared twice", at: at.appending("id")))
            }
            if id.isEmpty || id == RuleCategory.suppression.id || id.contains(where: { !($0.isLetter || $0.isNumber || $0 == "-") }) {
                problems.append(RulePackProblem(zh: "类别 id“\(id)”无效（只能用字母、数字和连字符，且不能是 suppression）",
                    en: "category id '\(id)' is invalid (letters, digits and hyphens only, and not suppression)", at: at.appending("id")))
            }
            for text in [category.title, category.description, category.opinionLabel] where text.zh.isEmpty || text.en.isEmpty {
                problems.append(RulePackProblem(zh: "类别 \(id) 的名称或说明缺少中文或英文", en: "category \(id) lacks a Chinese or English title or description", at: at))
                break
            }
        }
        return problems
    }
}
