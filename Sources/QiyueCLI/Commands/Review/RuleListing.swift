import QiyueCore
import QiyueReview

/// The human-readable views of rules printed by `qiyue rules list` and `qiyue rules show`.
struct RuleListing {
    var language: Language

    /// One line per rule: id, severity, category, message; columns aligned by display width.
    func list(_ pack: RulePack) -> String {
        let width = pack.rules.map(\.id.count).max() ?? 0
        let categoryWidth = max(13, (pack.categories.map(\.id.count).max() ?? 0) + 1)
        return pack.rules.map { rule in
            let severity = rule.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
            let category = rule.category.rawValue.padding(toLength: categoryWidth, withPad: " ", startingAt: 0)
            return rule.id.padding(toLength: width + 2, withPad: " ", startingAt: 0) + severity + category + rule.message.text(in: language) + "\n"
        }.joined()
    }

    func show(_ rule: Rule) -> String {
        let zh = language == .zh
        var text = "\(rule.id)  (\(rule.category.title.text(in: language)) · \(rule.severity.rawValue))\n"
        text += (zh ? "类别：" : "category: ") + rule.category.description.text(in: language) + "\n"
        text += (zh ? "提示：" : "message: ") + rule.message.text(in: language) + "\n"
        text += (zh ? "建议：" : "suggestion: ") + rule.suggestion.text(in: language) + "\n"
        if !rule.basis.isEmpty {
            text += zh ? "依据：\n" : "basis:\n"
            for basis in rule.basis { text += "  - \(basis)\n" }
        }
        text += zh ? "触发示例：\n" : "triggering examples:\n"
        for example in rule.examples.triggering { text += indent(example) }
        text += zh ? "不触发示例：\n" : "non-triggering examples:\n"
        for example in rule.examples.nonTriggering { text += indent(example) }
        return text
    }

    private func indent(_ example: String) -> String {
        let lines = example.split(separator: "\n", omittingEmptySubsequences: false)
        let trimmed = lines.last == "" ? lines.dropLast() : lines[...]
        return trimmed.enumerated().map { ($0.offset == 0 ? "  - " : "    ") + $0.element }.joined(separator: "\n") + "\n"
    }
}
