import QiyueCore

/// The checks on a rule's examples that need no review run: both kinds present, no empty
/// example, none given twice and none given as both kinds (which no rule can satisfy).
/// Whether the examples behave is `RuleExampleRunner`'s job.
enum RulePackExampleCheck {
    static func problems(_ rule: Rule, at pointer: JSONPointer) -> [RulePackProblem] {
        let id = rule.id, examples = rule.examples
        var problems: [RulePackProblem] = []
        if examples.triggering.isEmpty || examples.nonTriggering.isEmpty {
            problems.append(RulePackProblem(zh: "规则 \(id) 必须同时有触发示例和不触发示例", en: "rule \(id) needs both triggering and non-triggering examples", at: pointer))
        }
        let triggering = Set(examples.triggering)
        for (kind, list) in [("triggering", examples.triggering), ("nonTriggering", examples.nonTriggering)] {
            var seen = Set<String>()
            for (index, example) in list.enumerated() {
                let at = pointer.appending(kind).appending(index)
                if example.allSatisfy({ $0.isWhitespace }) {
                    problems.append(RulePackProblem(zh: "规则 \(id) 的示例为空", en: "rule \(id) has an empty example", at: at))
                } else if !seen.insert(example).inserted {
                    problems.append(RulePackProblem(zh: "规则 \(id) 的示例重复", en: "rule \(id) gives the same example twice", at: at))
                } else if kind == "nonTriggering", triggering.contains(example) {
                    problems.append(RulePackProblem(zh: "规则 \(id) 的同一示例既是触发示例又是不触发示例",
                        en: "rule \(id) gives the same example as triggering and non-triggering", at: at))
                }
            }
        }
        return problems
    }
}
