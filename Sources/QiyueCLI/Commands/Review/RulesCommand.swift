import QiyueCore
import QiyueReview

/// `qiyue rules list|show ID|test|doc`: look at, check and document the rule pack.
struct RulesCommand: Command {
    let name = "rules"
    /// Review reads only rule packs, never the project data.
    let usesProjectData = false
    let summary = LocalizedText(zh: "列出、查看、测试审查规则，生成规则文档", en: "list, show, test and document review rules")
    let usage = "list | show RULE | test [--rules FILE] | doc [-o FILE]"
    var discussion: LocalizedText {
        LocalizedText(
            zh: "list：列出规则；show：显示规则的提示、依据、建议与示例；test：运行规则包中每条规则的示例（检查自定义规则包）；doc：生成 Markdown 规则参考。",
            en: "list: list the rules; show: a rule's message, basis, suggestion and examples; test: run every example of a pack (check a custom pack); doc: write the Markdown rule reference."
        )
    }
    let options: [OptionSpec] = [
        OptionSpec("rules", value: "FILE", help: LocalizedText(zh: "追加规则包（可重复）；test 时只测试这些包中的规则", en: "add a rule pack (repeatable); test checks only these packs' rules")),
        OptionSpec("output", short: "o", value: "FILE", help: LocalizedText(zh: "doc 的输出文件（默认标准输出）", en: "output file of doc (default stdout)")),
    ]

    static let subcommands = ["list", "show", "test", "doc"]

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        guard let subcommand = arguments.positionals.first else { throw UsageError.missingArgument("list|show|test|doc") }
        let rest = Array(arguments.positionals.dropFirst())
        guard Self.subcommands.contains(subcommand) else {
            throw UsageError.unknownCommand("rules " + subcommand, suggestion: EditDistance.closest(to: subcommand, among: Self.subcommands).map { "rules " + $0 })
        }
        let userPacks = arguments.values("rules")
        guard let pack = try RulePackLoader.load(userPacks: userPacks, context: context) else { return ExitCode.usageOrInput.rawValue }
        switch subcommand {
        case "list":
            if let extra = rest.first { throw UsageError.tooManyArguments(extra) }
            context.writeOut(RuleListing(language: context.language).list(pack))
        case "show":
            guard let id = rest.first else { throw UsageError.missingArgument("RULE") }
            if rest.count > 1 { throw UsageError.tooManyArguments(rest[1]) }
            guard let rule = pack.rule(id: id) else {
                let hint = EditDistance.closest(to: id, among: pack.rules.map(\.id))
                throw UsageError.other(LocalizedText(
                    zh: "没有规则“\(id)”" + (hint.map { "；您是否想输入“\($0)”？" } ?? ""),
                    en: "no rule '\(id)'" + (hint.map { "; did you mean '\($0)'?" } ?? "")
                ))
            }
            context.writeOut(RuleListing(language: context.language).show(rule))
        case "test":
            if let extra = rest.first { throw UsageError.tooManyArguments(extra) }
            return test(pack, only: userPacks.isEmpty ? nil : RulePackLoader.userRules(userPacks), context: context)
        default:
            if let extra = rest.first { throw UsageError.tooManyArguments(extra) }
            let markdown = RuleDocumentation.markdown(for: pack)
            if let output = arguments.value("output"), output != "-" {
                let inputs = OutputGuard(inputs: userPacks)
                try OutputFile.check(output, protecting: inputs, language: context.language)
                try OutputFile.write(markdown, to: output, protecting: inputs, language: context.language)
            } else {
                context.writeOut(markdown)
            }
        }
        return ExitCode.success.rawValue
    }

    /// Runs the examples and prints each failure, then a one-line verdict.
    func test(_ pack: RulePack, only ids: Set<String>?, context: CommandContext) -> Int32 {
        let (allFailures, _) = RuleExampleRunner(pack: pack).run()
        let rules = pack.rules.filter { ids?.contains($0.id) ?? true }
        let failures = allFailures.filter { ids?.contains($0.ruleID) ?? true }
        let examples = rules.reduce(0) { $0 + $1.examples.triggering.count + $1.examples.nonTriggering.count }
        let zh = context.language == .zh
        for failure in failures {
            let expectation = failure.expectedToTrigger
                ? (zh ? "应触发但未触发" : "should fire but did not")
                : (zh ? "不应触发但触发了" : "should not fire but did")
            context.writeOut("✗ \(failure.ruleID): \(expectation): \(failure.example.split(separator: "\n").first.map(String.init) ?? "")\n")
        }
        if failures.isEmpty {
            context.writeOut(zh ? "✓ \(rules.count) 条规则的 \(examples) 个示例全部通过\n" : "✓ all \(examples) examples of \(rules.count) rules pass\n")
            return ExitCode.success.rawValue
        }
        context.writeOut(zh ? "\(examples) 个示例中 \(failures.count) 个未通过\n" : "\(failures.count) of \(examples) examples failed\n")
        return ExitCode.findings.rawValue
    }
}
