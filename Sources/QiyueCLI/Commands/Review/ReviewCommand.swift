import Foundation
import QiyueCore
import QiyueDocuments
import QiyueReview

/// `qiyue review [options] PATH...`: finds the clauses a local government may not sign.
struct ReviewCommand: Command {
    let name = "review"
    let summary = LocalizedText(zh: "审查协议条款的合法性（土地、税收、担保、完整性）", en: "review agreement clauses for legality (land, tax, guarantees, completeness)")
    let usage = "[options] PATH..."
    var discussion: LocalizedText {
        LocalizedText(
            zh: """
            PATH 可以是文件、目录（递归审查 .txt、.md 等文件）或“-”（标准输入）。
            在 Markdown 中可用 <!-- qiyue-disable 规则编号: 理由 --> 豁免经审查的条款。

            退出码：0 无达到阈值的问题；1 有达到 --fail-on 阈值的问题；2 用法错误或文件无法读取。
            示例：qiyue review --format json 协议.md
                  qiyue review --redline --annotate 协议-批注版.docx 协议.docx
            """,
            en: """
            PATH may be a file, a directory (reviewed recursively: .txt, .md and other known formats) or '-' (stdin).
            In Markdown, <!-- qiyue-disable RULE: reason --> exempts a reviewed clause.

            Exit status: 0 nothing at the --fail-on threshold; 1 findings at or above it; 2 usage error or unreadable input.
            Example: qiyue review --format json agreement.md
                     qiyue review --redline --annotate agreement-reviewed.docx agreement.docx
            """
        )
    }
    let options: [OptionSpec] = [
        OptionSpec("format", short: "f", value: "text|json|sarif", help: LocalizedText(zh: "报告格式（默认 text）", en: "report format (default text)")),
        OptionSpec("fail-on", value: "error|warning|info|never", help: LocalizedText(zh: "达到该级别即以 1 退出（默认 error）", en: "exit 1 on findings at or above this level (default error)")),
        OptionSpec("rules", value: "FILE", help: LocalizedText(zh: "追加规则包（JSON，可重复；同名规则覆盖内置规则）", en: "add a rule pack (JSON, repeatable; same id replaces a built-in rule)")),
        OptionSpec("ignore", value: "RULE", help: LocalizedText(zh: "不运行该规则（可重复）", en: "do not run this rule (repeatable)")),
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
        let engine = ReviewEngine(pack: pack, ignoring: ignored, language: context.language)
        let files: [FileReview]
        if let output = arguments.value("annotate") {
            files = [try annotate(arguments.positionals, to: output, author: arguments.value("author"), redline: arguments.flag("redline"), engine: engine, context: context)]
        } else {
            if arguments.value("author") != nil { throw UsageError.other(LocalizedText(zh: "--author 须与 --annotate 同用", en: "--author needs --annotate")) }
            if arguments.flag("redline") { throw UsageError.other(LocalizedText(zh: "--redline 须与 --annotate 同用", en: "--redline needs --annotate")) }
            files = ReviewInputCollector.inputs(for: arguments.positionals).map { review($0, engine: engine, context: context) }
        }
        let report = ReviewReport(files: files, rules: pack.rules.filter { !ignored.contains($0.id) }, toolVersion: QiyueVersion.current)
        switch format {
        case .text:
            let reporter = TextReporter(language: context.language, colored: context.colorOutput)
            context.writeErr(TextReporter(language: context.language, colored: context.colorErrors).errors(report))
            context.writeOut(reporter.render(report))
        case .json:
            context.writeOut(JSONReporter(language: context.language).render(report))
        case .sarif:
            context.writeOut(SARIFReporter(language: context.language).render(report))
        }
        if report.hasUnreadableFiles { return ExitCode.usageOrInput.rawValue }
        return report.hasFindings(atOrAbove: threshold) ? ExitCode.findings.rawValue : ExitCode.success.rawValue
    }

    /// Reviews the one input and writes its annotated copy to `output`, atomically and only
    /// when the input was read and annotated without error.
    func annotate(_ paths: [String], to output: String, author: String?, redline: Bool, engine: ReviewEngine, context: CommandContext) throws -> FileReview {
        // The output is checked first: `--annotate --redline IN` takes `--redline` as the output, as getopt does.
        guard output.lowercased().hasSuffix(".docx") else {
            throw UsageError.invalidValue(option: "--annotate", value: output, expected: "OUT.docx")
        }
        guard paths.count == 1, let path = paths.first else {
            throw UsageError.other(LocalizedText(zh: "--annotate 只接受一个输入文件", en: "--annotate takes exactly one input file"))
        }
        let input = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        guard path != "-", input != URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath() else {
            throw UsageError.other(LocalizedText(zh: "--annotate 的输出不能是输入文件本身", en: "--annotate must not write over its input"))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: path)
        else {
            return FileReview(path: path, error: context.language == .zh ? "没有这个文件，或无法读取" : "no such file, or it cannot be read")
        }
        let name = author ?? "契约审查"
        let revisionAuthor = DocxRevisionAuthor(name: name, date: ISO8601DateFormatter().string(from: Date()))
        var annotation = ReviewAnnotation(engine: engine, author: revisionAuthor, language: context.language)
        annotation.redline = redline
        let result = annotation.annotate(path: path, data: data)
        guard let package = result.output else { return result.review }
        do {
            try AtomicFile.write(package, to: output)
        } catch {
            var review = result.review
            review.error = (context.language == .zh ? "无法写入 " : "cannot write ") + output + ": \(error)"
            return review
        }
        return result.review
    }

    /// Reads, extracts and reviews one input; any failure becomes the file's `error`.
    func review(_ input: ReviewInputCollector.Input, engine: ReviewEngine, context: CommandContext) -> FileReview {
        let language = context.language
        switch input {
        case let .missing(path):
            return FileReview(path: path, error: language == .zh ? "没有这个文件或目录" : "no such file or directory")
        case .standardInput:
            guard let data = context.readStandardInput() else {
                return FileReview(path: "-", error: language == .zh ? "无法读取标准输入" : "cannot read standard input")
            }
            return review(data: data, path: "-", engine: engine, language: language)
        case let .file(path):
            guard let data = FileManager.default.contents(atPath: path) else {
                return FileReview(path: path, error: language == .zh ? "无法读取文件" : "cannot read the file")
            }
            return review(data: data, path: path, engine: engine, language: language)
        }
    }

    func review(data: Data, path: String, engine: ReviewEngine, language: Language) -> FileReview {
        do {
            let extracted = try ReviewInputReader.extract(path: path, data: data)
            return FileReview(path: path, findings: engine.review(extracted, file: path))
        } catch let error as TextDecodingError {
            return FileReview(path: path, error: error.message.text(in: language), errorLine: error.line, errorColumn: error.column)
        } catch let diagnostic as Diagnostic {
            return FileReview(path: path, error: diagnostic.message, errorLine: diagnostic.location?.line, errorColumn: diagnostic.location?.column)
        } catch {
            return FileReview(path: path, error: String(describing: error))
        }
    }
}
