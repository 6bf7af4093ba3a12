import Foundation
import QiyueCore
import QiyueProjects

/// `qiyue init PROJECT.json`: writes a commented starter project file to fill in.
struct InitCommand: Command {
    let name = "init"
    let summary = LocalizedText(zh: "生成带说明的项目数据文件模板", en: "write a commented starter project file")
    let usage = "PROJECT.json [--industry CODE] [--force]"
    let discussion = LocalizedText(
        zh: "说明写在以“_”开头的字段中（JSON 不支持注释），校验时忽略。待填写的文字以“待填写”标出，qiyue check 会逐项提示。已有文件不会被覆盖，除非加 --force。",
        en: "Explanations sit in fields starting with '_' (JSON has no comments) and are ignored by the checks. Text still to write is marked TO FILL and reported by qiyue check. An existing file is never overwritten without --force."
    )
    let options: [OptionSpec] = [
        OptionSpec("industry", value: "CODE", help: LocalizedText(zh: "预填产业代码（见 qiyue catalog）", en: "prefill the industry code (see qiyue catalog)")),
        OptionSpec("force", short: "f", help: LocalizedText(zh: "覆盖已有文件", en: "overwrite an existing file")),
    ]

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        let path = try arguments.positionals(named: "PROJECT.json")[0]
        let industry = arguments.value("industry")
        if let industry, IndustryCatalog.builtIn.entry(for: industry) == nil {
            throw UsageError.invalidValue(option: "--industry", value: industry, expected: context.localized(zh: "目录中的代码，如 01-06（qiyue catalog）", en: "a catalogue code such as 01-06 (qiyue catalog)"))
        }
        if FileManager.default.fileExists(atPath: path), !arguments.flag("force") {
            context.report(.error(context.localized(zh: "\(path) 已存在；如需覆盖请加 --force", en: "\(path) already exists; use --force to overwrite it")))
            return ExitCode.usageOrInput.rawValue
        }
        let id = ProjectStarter.identifier(forFileName: path)
        let text = JSONWriter.string(ProjectStarter.document(id: id, industryCode: industry)) + "\n"
        do {
            try OutputFile.check(path, protecting: OutputGuard(), language: context.language)
            try OutputFile.write(text, to: path, protecting: OutputGuard(), language: context.language)
        } catch let diagnostic as Diagnostic {
            context.report(diagnostic)
            return ExitCode.usageOrInput.rawValue
        }
        context.writeOut(context.localized(zh: "已写入 \(path)。填写后运行：qiyue check \(path)\n", en: "Wrote \(path). When filled in, run: qiyue check \(path)\n"))
        return ExitCode.success.rawValue
    }
}
