import Foundation
import QiyueCore
import QiyueDocuments
import QiyueOpinion
import QiyueReview

/// `qiyue review [options] PATH...`: finds the clauses a local government may not sign.
struct ReviewCommand: Command {
    let name = "review"
    /// Review reads only rule packs, never the project data.
    let usesProjectData = false
    let summary = LocalizedText(zh: "审查协议条款的合法性（土地、税收、担保、完整性）", en: "review agreement clauses for legality (land, tax, guarantees, completeness)")
    let usage = "[options] PATH..."
    var discussion: LocalizedText {
        LocalizedText(
            zh: """
            PATH 可以是文件、目录（递归审查 .txt、.md 等文件）或“-”（标准输入）。
            在 Markdown 中可用 <!-- qiyue-disable 规则编号: 理由 --> 豁免经审查的条款。

            --format html/docx 写出合法性审查意见书（含文件 SHA-256、审查结论、问题条款、豁免条款与审查全文）；
            --format jsonl 每审完一个文件输出一行 JSON，最后一行为汇总。多个文件由 --jobs 个线程并行审查，输出顺序与 --jobs 1 相同。

            退出码：0 无达到阈值的问题；1 有达到 --fail-on 阈值的问题；2 用法错误或文件无法读取。
            示例：qiyue review --format json 协议.md
                  qiyue review --format html --reviewer 张三 -o 审查意见书.html 协议.docx
                  qiyue review --redline --annotate 协议-批注版.docx 协议.docx
            """,
            en: """
            PATH may be a file, a directory (reviewed recursively: .txt, .md and other known formats) or '-' (stdin).
            In Markdown, <!-- qiyue-disable RULE: reason --> exempts a reviewed clause.

            --format html/docx writes the legality review opinion (file SHA-256, conclusion, findings, exemptions, the full text);
            --format jsonl prints one line of JSON per file as it is done, then a summary line. Several files are reviewed on
            --jobs threads; the output is the same, in the same order, as with --jobs 1.

            Exit status: 0 nothing at the --fail-on threshold; 1 findings at or above it; 2 usage error or unreadable input.
            Example: qiyue review --format json agreement.md
                     qiyue review --format html --reviewer Zhang -o opinion.html agreement.docx
                     qiyue review --redline --annotate agreement-reviewed.docx agreement.docx
            """
        )
    }
    let options: [OptionSpec] = [
        OptionSpec("format", short: "f", value: ReviewOutputFormat.expected, help: LocalizedText(zh: "报告格式（默认 text）", en: "report format (default text)")),
        OptionSpec("output", short: "o", value: "FILE", help: LocalizedText(zh: "报告写入该文件（原子写入，不得为输入文件；默认标准输出）", en: "write the report to this file (atomically, never over an input; default stdout)")),
        OptionSpec("fail-on", value: "error|warning|info|never", help: LocalizedText(zh: "达到该级别即以 1 退出（默认 error）", en: "exit 1 on findings at or above this level (default error)")),
        OptionSpec("rules", value: "FILE", help: LocalizedText(zh: "追加规则包（JSON，可重复；同名规则覆盖内置规则）", en: "add a rule pack (JSON, repeatable; same id replaces a built-in rule)")),
        OptionSpec("ignore", value: "RULE", help: LocalizedText(zh: "不运行该规则（可重复）", en: "do not run this rule (repeatable)")),
        OptionSpec("jobs", short: "j", value: "N", help: LocalizedText(zh: "并行审查的线程数（默认为处理器核数）", en: "files reviewed in parallel (default: the number of cores)")),
        OptionSpec("reviewer", value: "NAME", help: LocalizedText(zh: "意见书中的审查人", en: "the reviewer named in the opinion")),
        OptionSpec("date", value: "YYYY-MM-DD", help: LocalizedText(zh: "意见书的审查日期（默认今天）", en: "the date of the opinion (default today)")),
        OptionSpec("annotate", value: "OUT.docx", help: LocalizedText(zh: "另存为批注版 Word 文件：每个问题一条批注（仅限一个输入文件）", en: "write a Word copy with one comment per finding (one input file only)")),
        OptionSpec("redline", help: LocalizedText(zh: "与 --annotate 同用：把违规句改为修订（删除原句、插入建议写法）", en: "with --annotate: turn offending sentences into tracked changes (deleted, with the lawful rewrite inserted)")),
        OptionSpec("author", value: "NAME", help: LocalizedText(zh: "批注作者（默认 契约审查）", en: "comment author (default 契约审查)")),
    ]

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        let formatName = arguments.value("format") ?? "text"
        guard let format = ReviewOutputFormat(rawValue: formatName) else {
            throw UsageError.invalidValue(option: "--format", value: formatName, expected: ReviewOutputFormat.expected)
        }
        let threshold = try FailThreshold.parse(arguments.value("fail-on"))
        let jobs = try Self.jobs(arguments.value("jobs"))
        let date = try Self.date(arguments.value("date"))
        let output = arguments.value("output")
        if format == .docx, output == nil || output == "-" {
            throw UsageError.other(LocalizedText(zh: "--format docx 需要 -o 文件", en: "--format docx needs -o FILE"))
        }
        guard !arguments.positionals.isEmpty else { throw UsageError.missingArgument("PATH") }
        guard let pack = try RulePackLoader.load(userPacks: arguments.values("rules"), context: context) else {
            return ExitCode.usageOrInput.rawValue
        }
        let ignored = Set(arguments.values("ignore"))
        let known = pack.rules.map(\.id)
        for id in ignored where !known.contains(id) {
            let hint = EditDistance.closest(to: id, among: known)
            throw UsageError.other(LocalizedText(
                zh: "--ignore：没有规则“\(id)”" + (hint.map { "；您是否想输入“\($0)”？" } ?? ""),
                en: "--ignore: no rule '\(id)'" + (hint.map { "; did you mean '\($0)'?" } ?? "")
            ))
        }
        let inputs = ReviewInputCollector.inputs(for: arguments.positionals)
        if let output, output != "-" { try ReviewOutputCheck.check(output: output, inputs: inputs, language: context.language) }
        let engine = ReviewEngine(pack: pack, ignoring: ignored, language: context.language)
        let annotateOutput = arguments.value("annotate")
        if annotateOutput == nil {
            if arguments.value("author") != nil { throw UsageError.other(LocalizedText(zh: "--author 须与 --annotate 同用", en: "--author needs --annotate")) }
            if arguments.flag("redline") { throw UsageError.other(LocalizedText(zh: "--redline 须与 --annotate 同用", en: "--redline needs --annotate")) }
        }
        let sink = try ReportSink(path: output, context: context)
        let progress = context.errorIsTerminal && inputs.count > 1
            ? ReviewProgress(total: inputs.count, language: context.language, writeErr: context.writeErr) : nil
        let json = JSONReporter(language: context.language, categories: pack.categories)
        let text = TextReporter(language: context.language, colored: sink.isStandardOutput && context.colorOutput, categories: pack.categories)
        let errors = TextReporter(language: context.language, colored: context.colorErrors, categories: pack.categories)
        let batch = ReviewBatch(format: format, json: json, text: text, errors: errors, writeErr: context.writeErr)
        let result: ReviewBatch.Result
        if let annotateOutput {
            let review = try annotate(arguments.positionals, to: annotateOutput, author: arguments.value("author"), redline: arguments.flag("redline"), engine: engine, context: context)
            result = batch.run(single: review, sink: sink)
        } else {
            let reader = ReviewFileReader(
                engine: engine, language: context.language, keepSource: format.isOpinion, readStandardInput: context.readStandardInput
            )
            result = batch.run(inputs, reader: reader, jobs: jobs, sink: sink, progress: progress)
        }
        let tally = result.tally
        let rules = pack.rules.filter { !ignored.contains($0.id) }
        let report = ReviewReport(files: result.files, rules: rules, toolVersion: QiyueVersion.current)
        switch format {
        case .text:
            sink.write(text.summary(tally))
        case .json:
            sink.write(json.closing(fileCount: result.streamed, tally: tally))
        case .jsonl:
            sink.write(json.summaryLine(tally))
        case .sarif:
            sink.write(SARIFReporter(language: context.language).render(report))
        case .html, .docx:
            let opinion = ReviewOpinion(report: report, rulePack: pack, reviewer: arguments.value("reviewer"), date: date, language: context.language)
            do {
                var html = HTMLOpinionWriter()
                html.maximumBytes = context.maximumHTMLBytes
                // The HTML goes to the sink as the text it is made as; only Word is bytes.
                if format == .html { sink.write(try html.write(opinion)) } else { sink.write(try DocxOpinionWriter().write(opinion)) }
            } catch let error as OutputLimitError {
                // The opinion holds the reviewed texts: the first input is where the size comes from.
                throw Diagnostic.error(error.message.text(in: context.language), at: report.files.first.map { SourceLocation(file: $0.path, line: 1, column: 1) })
            }
        }
        try sink.finish(language: context.language)
        if tally.unreadable > 0 { return ExitCode.usageOrInput.rawValue }
        return tally.hasFindings(atOrAbove: threshold) ? ExitCode.findings.rawValue : ExitCode.success.rawValue
    }

    /// `--jobs N`: a whole number from 1 to 256; absent means one thread per core.
    static func jobs(_ value: String?) throws -> Int {
        guard let value else { return max(1, ProcessInfo.processInfo.activeProcessorCount) }
        guard let jobs = Int(value), (1...256).contains(jobs) else {
            throw UsageError.invalidValue(option: "--jobs", value: value, expected: "1…256")
        }
        return jobs
    }

    /// `--date YYYY-MM-DD`, checked as a real date; absent means today (local time).
    static func date(_ value: String?) throws -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        guard let value else { return formatter.string(from: Date()) }
        guard let parsed = formatter.date(from: value), formatter.string(from: parsed) == value else {
            throw UsageError.invalidValue(option: "--date", value: value, expected: "YYYY-MM-DD")
        }
        return value
    }
}
