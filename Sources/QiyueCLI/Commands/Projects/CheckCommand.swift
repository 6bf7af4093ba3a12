import QiyueCore
import QiyueDrafting
import QiyueProjects

/// `qiyue check PROJECT.json`: validation, package maturity, admission screening and
/// bilingual QA of one project file.
struct CheckCommand: Command {
    let name = "check"
    let summary = LocalizedText(zh: "检查项目数据：校验、包装成熟度、准入审查、双语", en: "check project data: validation, maturity, admission, bilingual QA")
    let usage = "PROJECT.json [--thresholds FILE] [--glossary FILE] [--format text|json]"
    let discussion = LocalizedText(
        zh: """
        按项目数据规范校验（字段路径以 JSON 指针表示，如 /land/area_mu），检查单位（万元与元）、面积与
        派生指标的一致性；按《云南省务实招商三年行动计划》第9项给出包装成熟度（满分100）和需补充的内容；
        按《关于进一步加强招商引资工作的指导意见》附件1第二部分的五条红线做准入审查，数据能判定的直接判定，其余列为须人工回答的问题；
        检查双语字段是否中英齐全、英文是否使用词表中的标准译法。PROJECT.json 为 - 时读标准输入。
        退出码：0 无问题；1 有错误、警告或触碰红线；2 文件无法读取或不是有效 JSON。
        """,
        en: """
        Validates the file against the project schema (fields named by JSON pointer, e.g. /land/area_mu),
        checks units (10,000-yuan vs yuan) and derived figures, scores package maturity against item 9 of
        the Yunnan action plan (out of 100) with what to add, screens admission against the five red lines
        of the guidance's annex 1 part 2 — deciding what data can decide and listing questions for the rest —
        and checks that bilingual fields have both languages and use the glossary's renderings.
        PROJECT.json may be - for standard input.
        Exit status: 0 no problems; 1 errors, warnings or a crossed red line; 2 unreadable or invalid JSON.
        """
    )
    let options: [OptionSpec] = [
        OptionSpec("thresholds", value: "FILE", help: LocalizedText(zh: "园区准入门槛文件（缺省为占位值）", en: "the park's admission thresholds (default: placeholders)")),
        OptionSpec("glossary", value: "FILE", help: LocalizedText(zh: "术语词表（缺省为内置词表）", en: "glossary file (default: the built-in one)")),
        OptionSpec("format", value: "text|json", help: LocalizedText(zh: "输出格式（默认 text）", en: "output format (default text)")),
    ]

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        let path = try arguments.positionals(named: "PROJECT.json")[0]
        let format = arguments.value("format") ?? "text"
        guard format == "text" || format == "json" else {
            throw UsageError.invalidValue(option: "--format", value: format, expected: "text|json")
        }
        let check: ProjectCheck
        let file: ProjectFile
        do throws(ProjectFileError) {
            var thresholds = AdmissionThresholds.builtIn
            if let path = arguments.value("thresholds") { thresholds = try AdmissionThresholds.load(path) }
            var glossary = Glossary.builtIn
            if let path = arguments.value("glossary") { glossary = try Glossary.load(path) }
            check = ProjectCheck(thresholds: thresholds, glossary: glossary)
            file = try ProjectInput.project(path, context: context)
        } catch {
            return ProjectInput.fail(error, context: context)
        }
        let report = check.run(file)
        let screening = try ProjectTextScreen(language: context.language).diagnostics(for: file, language: context.language)
        if format == "json" {
            context.writeOut(CheckReportJSONRenderer(language: context.language, screening: screening).render(report) + "\n")
        } else {
            let printer = DiagnosticPrinter(language: context.language, colored: context.colorOutput)
            context.writeOut(CheckReportTextRenderer(language: context.language, printer: printer, screening: screening).render(report))
        }
        return report.hasProblems || !screening.isEmpty ? ExitCode.findings.rawValue : ExitCode.success.rawValue
    }
}
