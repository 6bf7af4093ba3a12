import Foundation
import QiyueCore
import QiyueTemplate

/// `qiyue render`: fills a Jinja template with JSON data, once or for every line of a JSONL file.
struct RenderCommand: Command {
    let name = "render"
    let summary = LocalizedText(zh: "用 JSON 数据填充 Jinja 模板（可批量）", en: "fill a Jinja template with JSON data (single or batch)")
    let usage = "TEMPLATE (--data FILE|- | --set KEY=VALUE… | --data-lines FILE.jsonl --out-dir DIR) [-o OUT]"
    let discussion = LocalizedText(
        zh: """
        模板语法与 Jinja2 一致（trim_blocks、lstrip_blocks、严格未定义）。include/extends 只能读取模板目录内的文件
        （默认为模板所在目录，可用 --root 指定）。
        示例：
          qiyue render 协议.md --data 项目.json -o 协议-填写.md
          qiyue render 协议.md --set project.name=光伏组件 --set amount=120000000
          qiyue render 协议.md --data-lines 企业.jsonl --out-dir 输出 --name '{{ id }}.md'
        出错时打印“文件:行:列: 错误: 信息”及源码行，退出码 2；批量模式中出错的记录会注明行号并跳过，退出码 1。
        """,
        en: """
        The template language is Jinja2's (trim_blocks, lstrip_blocks, strict undefined). include/extends read only
        files inside the template root (the template's directory unless --root is given).
        Examples:
          qiyue render agreement.md --data project.json -o agreement-filled.md
          qiyue render agreement.md --set project.name=Solar --set amount=120000000
          qiyue render agreement.md --data-lines firms.jsonl --out-dir out --name '{{ id }}.md'
        Errors print 'file:line:col: error: message' with the source line and exit 2; in batch mode a bad record
        is reported with its line number and skipped, and the exit status is 1.
        """)
    let options: [OptionSpec] = [
        OptionSpec("data", short: "d", value: "FILE", help: LocalizedText(zh: "JSON 数据文件（- 表示标准输入）", en: "JSON data file (- for standard input)")),
        OptionSpec("set", value: "KEY=VALUE", help: LocalizedText(zh: "设置一个变量（可重复；值能解析为 JSON 时按 JSON）", en: "set a variable (repeatable; the value is JSON when it parses)")),
        OptionSpec("output", short: "o", value: "FILE", help: LocalizedText(zh: "输出文件（默认标准输出）", en: "output file (default standard output)")),
        OptionSpec("data-lines", value: "FILE", help: LocalizedText(zh: "JSON Lines 文件（- 表示标准输入）：每行一条记录，逐条生成", en: "JSON Lines file (- for standard input): one record per line, one output each")),
        OptionSpec("out-dir", value: "DIR", help: LocalizedText(zh: "批量模式的输出目录", en: "output directory for batch mode")),
        OptionSpec("name", value: "TEMPLATE", help: LocalizedText(zh: "批量模式的文件名模板（默认 '{{ id }}' 加模板扩展名）", en: "file-name template for batch mode (default '{{ id }}' plus the template's extension)")),
        OptionSpec("root", value: "DIR", help: LocalizedText(zh: "模板目录（include/extends 的范围）", en: "template root (the reach of include/extends)")),
    ]

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        let templatePath = try arguments.positionals(named: "TEMPLATE")[0]
        let batch = arguments.value("data-lines")
        if batch != nil, arguments.value("data") != nil {
            throw UsageError.other(LocalizedText(zh: "--data 与 --data-lines 不能同时使用", en: "--data and --data-lines cannot be used together"))
        }
        if batch == nil, arguments.value("out-dir") != nil || arguments.value("name") != nil {
            throw UsageError.other(LocalizedText(zh: "--out-dir 和 --name 只用于 --data-lines", en: "--out-dir and --name are for --data-lines only"))
        }
        if batch != nil, arguments.value("output") != nil {
            throw UsageError.other(LocalizedText(zh: "批量模式请用 --out-dir 而不是 -o", en: "use --out-dir, not -o, in batch mode"))
        }
        let location = try TemplateLocation(path: templatePath, root: arguments.value("root"))
        let environment = TemplateEnvironment(root: location.root, options: TemplateOptions(language: context.language))
        let reporter = TemplateErrorReporter(context: context, location: location)
        let template: Template
        do {
            template = try environment.template(named: location.name)
        } catch let error as TemplateError {
            reporter.report(error)
            return ExitCode.usageOrInput.rawValue
        }
        let assignments = try arguments.values("set").map { try VariableAssignment(parsing: $0, language: context.language) }
        if let batch {
            guard let outputDirectory = arguments.value("out-dir") else { throw UsageError.missingValue(option: "--out-dir") }
            let job = BatchRender(
                template: template, templatePath: templatePath, environment: environment, recordsPath: batch, outputDirectory: outputDirectory,
                nameTemplate: arguments.value("name") ?? location.defaultOutputName, assignments: assignments, reporter: reporter)
            return try job.run(context: context)
        }
        var data: TemplateValue = .object(TemplateObject())
        if let dataPath = arguments.value("data") {
            do {
                data = try DataFile.read(dataPath, context: context)
            } catch let error as TemplateError {
                reporter.report(error, inTemplate: false)
                return ExitCode.usageOrInput.rawValue
            }
        }
        for assignment in assignments { try assignment.apply(to: &data) }
        let text: String
        do {
            text = try template.render(data)
        } catch let error as TemplateError {
            reporter.report(error)
            return ExitCode.usageOrInput.rawValue
        }
        if let output = arguments.value("output"), output != "-" {
            var inputs = OutputGuard(inputs: [templatePath] + environment.loadedFiles)
            if let dataPath = arguments.value("data") { inputs.protect(dataPath) }
            try OutputFile.check(output, protecting: inputs, language: context.language)
            try OutputFile.write(text, to: output, protecting: inputs, language: context.language)
        } else {
            context.writeOut(text)
        }
        return ExitCode.success.rawValue
    }
}
