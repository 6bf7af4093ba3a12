import Foundation
import QiyueCore
import QiyueFiling

/// The register actions that only read: list, show, verify and export.
enum RegisterReadAction {
    static func noPositionals(_ arguments: ParsedArguments) throws {
        if let extra = arguments.positionals.first { throw UsageError.tooManyArguments(extra) }
    }

    static func list(_ arguments: ParsedArguments, register path: String, context: CommandContext) throws -> Int32 {
        try noPositionals(arguments)
        guard let contents = RegisterOpening.read(path, context: context, warningIfBroken: true) else { return ExitCode.usageOrInput.rawValue }
        let rows = contents.entries.map { entry in
            [String(entry.sequence), entry.number, entry.filingDate, entry.review.conclusionText(in: context.language), entry.project.name]
        }
        let header = context.language == .zh ? ["序号", "登记号", "备案日期", "审查结论", "项目"] : ["No.", "Number", "Filed", "Review", "Project"]
        context.writeOut(TextTable.render(header: header, rows: rows))
        context.writeOut(context.localized(zh: "共 \(rows.count) 条\n", en: "\(rows.count) entries\n"))
        return ExitCode.success.rawValue
    }

    static func show(_ arguments: ParsedArguments, register path: String, context: CommandContext) throws -> Int32 {
        let key = try arguments.positionals(named: "N")[0]
        guard let contents = RegisterOpening.read(path, context: context, warningIfBroken: true) else { return ExitCode.usageOrInput.rawValue }
        guard let entry = contents.entries.first(where: { String($0.sequence) == key || $0.number == key }) else {
            throw UsageError.other(LocalizedText(zh: "登记簿中没有第“\(key)”条（可用序号或登记号）", en: "the register has no entry '\(key)' (give a position or a filing number)"))
        }
        if arguments.value("format") == "json" {
            context.writeOut(JSONWriter.string(entry.json) + "\n")
        } else {
            context.writeOut(EntryText(language: context.language).render(entry))
        }
        return ExitCode.success.rawValue
    }

    static func verify(_ arguments: ParsedArguments, register path: String, context: CommandContext) throws -> Int32 {
        try noPositionals(arguments)
        let contents: RegisterContents
        do throws(RegisterError) {
            contents = try RegisterStore.read(path)
        } catch {
            context.report(error.diagnostic(in: context.language))
            return ExitCode.usageOrInput.rawValue
        }
        let result = RegisterVerifier().verify(contents)
        if let problem = result.problem {
            context.report(problem.diagnostic(path: path, language: context.language))
            context.writeOut(context.localized(
                zh: "登记簿未通过校验：第 \(problem.entry) 条起不可信（此前 \(result.entryCount) 条完好）\n",
                en: "the register does not verify: entry \(problem.entry) onwards cannot be trusted (\(result.entryCount) entries before it are intact)\n"))
            return ExitCode.findings.rawValue
        }
        context.writeOut(context.localized(
            zh: "登记簿完好：\(result.entryCount) 条，哈希链连续；末条 SM3 \(result.headHash)\n",
            en: "the register verifies: \(result.entryCount) entries, chain intact; head SM3 \(result.headHash)\n"))
        guard let file = arguments.value("file") else { return ExitCode.success.rawValue }
        return verifyFile(file, contents: contents, register: path, context: context)
    }

    /// Whether `file` is byte for byte a registered agreement.
    static func verifyFile(_ file: String, contents: RegisterContents, register path: String, context: CommandContext) -> Int32 {
        guard let digest = FileDigest.file(at: file) else {
            context.report(.error(context.localized(zh: "无法读取文件", en: "cannot read the file"), at: SourceLocation(file: file, line: 1, column: 1)))
            return ExitCode.usageOrInput.rawValue
        }
        let entries = contents.entries
        if let entry = entries.last(where: { $0.file.digest.sm3 == digest.sm3 && $0.file.digest.sha256 == digest.sha256 }) {
            context.writeOut(context.localized(
                zh: "\(file) 与第 \(entry.sequence) 条（登记号 \(entry.number)，\(entry.project.name)）登记的文件逐字节一致（SM3 \(digest.sm3)）\n",
                en: "\(file) is byte for byte the file of entry \(entry.sequence) (number \(entry.number), \(entry.project.name)) (SM3 \(digest.sm3))\n"))
            return ExitCode.success.rawValue
        }
        let resolved = URL(fileURLWithPath: file).standardizedFileURL.path
        if let entry = entries.last(where: { RegisterPath.resolve($0.file.path, register: path) == resolved }) {
            context.report(.error(context.localized(
                zh: "与第 \(entry.sequence) 条（登记号 \(entry.number)）登记的版本不同：登记 SM3 \(entry.file.digest.sm3)（\(entry.file.digest.bytes) 字节），现 SM3 \(digest.sm3)（\(digest.bytes) 字节）",
                en: "differs from the version filed as entry \(entry.sequence) (number \(entry.number)): filed SM3 \(entry.file.digest.sm3) (\(entry.file.digest.bytes) bytes), now SM3 \(digest.sm3) (\(digest.bytes) bytes)"),
                at: SourceLocation(file: file, line: 1, column: 1)))
            return ExitCode.findings.rawValue
        }
        context.report(.error(context.localized(zh: "该文件未在登记簿中登记（SM3 \(digest.sm3)）", en: "the file is not in the register (SM3 \(digest.sm3))"),
                              at: SourceLocation(file: file, line: 1, column: 1)))
        return ExitCode.findings.rawValue
    }

    static func export(_ arguments: ParsedArguments, register path: String, context: CommandContext) throws -> Int32 {
        try noPositionals(arguments)
        let format = arguments.value("format") ?? "csv"
        guard ["csv", "html", "json"].contains(format) else { throw UsageError.invalidValue(option: "--format", value: format, expected: "csv|html|json") }
        let output = arguments.value("output")
        if let output, URL(fileURLWithPath: output).standardizedFileURL.path == URL(fileURLWithPath: path).standardizedFileURL.path {
            throw UsageError.other(LocalizedText(zh: "-o 不能是登记簿本身", en: "-o must not be the register itself"))
        }
        guard let contents = RegisterOpening.read(path, context: context) else { return ExitCode.usageOrInput.rawValue }
        let verification = RegisterVerifier().verify(contents)
        if let problem = verification.problem, problem.kind != .incomplete {
            context.report(RegisterError.broken(path: path, problem: problem).diagnostic(in: context.language))
            return ExitCode.findings.rawValue
        }
        let export = RegisterExport(path: path, entries: contents.entries, headHash: verification.headHash, language: context.language)
        let text = format == "csv" ? export.csv() : format == "html" ? export.html() : export.json()
        return OutputWriting.write(text, to: output, context: context)
    }
}
