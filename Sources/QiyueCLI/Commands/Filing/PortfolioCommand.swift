import Foundation
import QiyueCore
import QiyueFiling
import QiyueProjects

/// `qiyue portfolio DIR…`: the project-library scan of action plan item 21.
struct PortfolioCommand: Command {
    let name = "portfolio"
    let summary = LocalizedText(zh: "项目库清理：列出停滞、闲置土地、投资不到位、带病执行的项目", en: "project library scan: stalled projects, idle land, investment shortfalls, flawed agreements in force")
    let usage = "DIR|FILE... [--register FILE] [--as-of DATE] [--format text|json|csv|html] [-o FILE]"
    let discussion = LocalizedText(
        zh: """
        读取目录下全部项目数据（.json）及登记簿，列出须处理的项目，并写明原因、日期和依据：签约两年以上仍未投产（行动计划第21项）；
        已供地、超过约定动工日期满一年未动工（《闲置土地处置办法》第二条）；到位投资低于约定进度；审查有错误的协议仍在执行（登记簿）。
        每个扫描的文件都会列出。--as-of 为判断日期（默认今天）。
        退出码：0 无须处理的项目；1 有须处理的项目；2 用法错误或有文件无法读取。
        """,
        en: """
        Reads every project file (.json) under the given directories, and the register, and lists the projects to act on with
        the reason, the dates and the rule: signed over two years ago and not in production (action plan item 21); land supplied
        and construction not started a year after the agreed date (article 2 of 闲置土地处置办法); investment behind the agreed
        schedule; agreements with review errors still in force (register). Every file scanned is listed. --as-of is the date
        judged at (default today).
        Exit status: 0 nothing to act on; 1 projects to act on; 2 usage error or unreadable files.
        """
    )
    let options: [OptionSpec] = [
        OptionSpec("register", value: "FILE", help: LocalizedText(zh: "备案登记簿（可选）", en: "the filing register (optional)")),
        OptionSpec("as-of", value: "DATE", help: LocalizedText(zh: "判断日期（默认今天）", en: "the date judged at (default today)")),
        OptionSpec("format", short: "f", value: "text|json|csv|html", help: LocalizedText(zh: "输出格式（默认 text）", en: "output format (default text)")),
        OptionSpec("output", short: "o", value: "FILE", help: LocalizedText(zh: "写入该文件（默认标准输出）", en: "write to this file (default standard output)")),
    ]

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        guard !arguments.positionals.isEmpty else { throw UsageError.missingArgument("DIR") }
        let format = arguments.value("format") ?? "text"
        guard ["text", "json", "csv", "html"].contains(format) else { throw UsageError.invalidValue(option: "--format", value: format, expected: "text|json|csv|html") }
        let asOfText = arguments.value("as-of") ?? RegisterAddAction.today()
        guard let asOf = CalendarDate(asOfText) else { throw UsageError.invalidValue(option: "--as-of", value: asOfText, expected: "YYYY-MM-DD") }
        var entries: [RegisterEntry] = []
        let registerPath = arguments.value("register")
        if let registerPath {
            guard let contents = RegisterOpening.read(registerPath, context: context) else { return ExitCode.usageOrInput.rawValue }
            if let problem = RegisterVerifier().verify(contents).problem, problem.kind != .incomplete {
                context.report(RegisterError.broken(path: registerPath, problem: problem).diagnostic(in: context.language))
                return ExitCode.usageOrInput.rawValue
            }
            entries = contents.entries
        }
        let (files, missing) = PortfolioScanner.projectFiles(in: arguments.positionals)
        for path in missing {
            context.report(.error(context.localized(zh: "没有这个文件或目录", en: "no such file or directory"), at: SourceLocation(file: path, line: 1, column: 1)))
        }
        let scanner = PortfolioScanner(asOf: asOf, registerEntries: entries, language: context.language)
        let total = files.count
        var progress: (@Sendable (Int) -> Void)?
        if context.errorIsTerminal {
            let zh = context.language == .zh, write = context.writeErr
            progress = { @Sendable done in
                write((zh ? "\r已扫描 \(done)/\(total)" : "\rscanned \(done)/\(total)") + (done == total ? "\n" : ""))
            }
        }
        let report = PortfolioReport(asOf: asOf.description, projects: scanner.scan(files, progress: progress), registerPath: registerPath)
        for project in report.unreadable { if let error = project.error { context.report(error) } }
        let renderer = PortfolioRenderer(language: context.language)
        let text: String
        switch format {
        case "json": text = renderer.json(report)
        case "csv": text = renderer.csv(report)
        case "html": text = renderer.html(report)
        default: text = renderer.text(report)
        }
        let written = OutputWriting.write(text, to: arguments.value("output"), context: context)
        if written != ExitCode.success.rawValue { return written }
        if !missing.isEmpty || !report.unreadable.isEmpty { return ExitCode.usageOrInput.rawValue }
        return report.flagged.isEmpty ? ExitCode.success.rawValue : ExitCode.findings.rawValue
    }
}
