import Foundation
import QiyueCore
import QiyueFiling

/// `qiyue register ACTION …`: the bureau's filing register (备案登记簿) of signed agreements.
struct RegisterCommand: Command {
    let name = "register"
    let summary = LocalizedText(zh: "合同（协议）备案登记簿：登记、列表、校验、导出、复审", en: "filing register of agreements: add, list, verify, export, re-review")
    let usage = "add AGREEMENT --project P.json | list | show N | verify [--file X] | export --format csv|html|json [-o FILE] | review"
    var discussion: LocalizedText {
        LocalizedText(
            zh: """
            登记簿为一个 JSON Lines 文件（默认 备案登记簿.jsonl，用 --register 指定），每行一条，载明登记号、项目、签约各方、
            投资额、用地面积、审查结论与问题、公平竞争审查、集体决策日期、审查人、签署和备案日期、规则包版本，以及文件的
            SM3（GB/T 32905-2016）和 SHA-256。各条以 SM3 前后相链：register verify 发现任何改动、删除、插入或调换，并指出第一条有问题的条目
            （在末尾整条删去的，须与上报清单所载条目数和末条 SM3 核对）；
            register verify --file X 判断 X 是否与登记的文件逐字节一致。审查有错误的协议须以 --accept-findings "理由" 登记，理由记入登记簿。
            register review 以现行规则复审全部登记的协议，列出新规则包才发现的问题；2015-05-10 前签订的协议依国发〔2015〕25号第三条标注。
            退出码：0 成功；1 有问题（审查错误、校验失败、复审新发现）；2 用法错误或文件无法读取。
            """,
            en: """
            The register is one JSON Lines file (default 备案登记簿.jsonl, or --register FILE), one entry a line: filing number, project,
            parties, investment, land area, review conclusion and findings, fair-competition review, collective decision date,
            reviewer, signing and filing dates, rule-pack version, and the file's SM3 (GB/T 32905-2016) and SHA-256. Entries are
            chained by SM3: register verify finds any edit, deletion, insertion or reordering and names the first bad entry (entries
            cut cleanly off the end show only against the count and head SM3 of the last export sent upward);
            register verify --file X tells whether X is byte for byte the registered file. An agreement with review errors needs
            --accept-findings "reason", and the reason is recorded. register review re-runs the current rules on every registered
            agreement and lists what they now flag; agreements signed before 2015-05-10 are marked per item 3 of 国发〔2015〕25号.
            Exit status: 0 success; 1 problems (review errors, failed verification, new findings); 2 usage error or unreadable input.
            """
        )
    }
    let options: [OptionSpec] = [
        OptionSpec("register", value: "FILE", help: LocalizedText(zh: "登记簿文件（默认 备案登记簿.jsonl）", en: "register file (default 备案登记簿.jsonl)")),
        OptionSpec("project", value: "P.json", help: LocalizedText(zh: "add：协议所属的项目数据", en: "add: the agreement's project file")),
        OptionSpec("review", value: "REPORT.json", help: LocalizedText(zh: "add：采用该审查报告（qiyue review --format json），不重新审查", en: "add: take this review report (qiyue review --format json) instead of reviewing")),
        OptionSpec("accept-findings", value: "REASON", help: LocalizedText(zh: "add：审查有错误仍登记的理由", en: "add: the reason for filing despite review errors")),
        OptionSpec("fair-competition", value: "RESULT", help: LocalizedText(zh: "add：公平竞争审查结果", en: "add: fair-competition review result")),
        OptionSpec("collective-decision", value: "DATE", help: LocalizedText(zh: "add：集体决策日期", en: "add: date of the collective decision")),
        OptionSpec("reviewer", value: "NAME", help: LocalizedText(zh: "add：审查人", en: "add: reviewer")),
        OptionSpec("signing-date", value: "DATE", help: LocalizedText(zh: "add：签署日期（默认取项目数据 /agreement/sign_date）", en: "add: signing date (default /agreement/sign_date)")),
        OptionSpec("filing-date", value: "DATE", help: LocalizedText(zh: "add：备案日期（默认今天）", en: "add: filing date (default today)")),
        OptionSpec("rules", value: "FILE", help: LocalizedText(zh: "add、review：追加规则包（可重复）", en: "add, review: add a rule pack (repeatable)")),
        OptionSpec("file", value: "X", help: LocalizedText(zh: "verify：判断该文件是否为登记的版本", en: "verify: tell whether this file is the registered version")),
        OptionSpec("format", short: "f", value: "csv|html|json", help: LocalizedText(zh: "export：导出格式", en: "export: output format")),
        OptionSpec("output", short: "o", value: "FILE", help: LocalizedText(zh: "export：写入该文件（默认标准输出）", en: "export: write to this file (default standard output)")),
    ]

    static let actions = ["add", "list", "show", "verify", "export", "review"]

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        guard let action = arguments.positionals.first else { throw UsageError.missingArgument("ACTION (" + Self.actions.joined(separator: "|") + ")") }
        let path = arguments.value("register") ?? "备案登记簿.jsonl"
        let rest = ParsedArguments(options: arguments.options, positionals: Array(arguments.positionals.dropFirst()))
        switch action {
        case "add": return try RegisterAddAction().run(rest, register: path, context: context)
        case "list": return try RegisterReadAction.list(rest, register: path, context: context)
        case "show": return try RegisterReadAction.show(rest, register: path, context: context)
        case "verify": return try RegisterReadAction.verify(rest, register: path, context: context)
        case "export": return try RegisterReadAction.export(rest, register: path, context: context)
        case "review": return try RegisterReviewAction().run(rest, register: path, context: context)
        default:
            let hint = EditDistance.closest(to: action, among: Self.actions)
            throw UsageError.other(LocalizedText(
                zh: "register 没有操作“\(action)”" + (hint.map { "；您是否想输入“\($0)”？" } ?? "") + "（可用：" + Self.actions.joined(separator: "、") + "）",
                en: "register has no action '\(action)'" + (hint.map { "; did you mean '\($0)'?" } ?? "") + " (actions: " + Self.actions.joined(separator: ", ") + ")"))
        }
    }
}
