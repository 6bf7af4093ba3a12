import Foundation
import QiyueCore
import QiyueDrafting
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
        输出的值按模板的内容类型转义（.md 为 Markdown、.html 为 HTML、.xml 为 XML），数据不会变成标记；--escape none 与 Jinja2 默认相同。
        Word 模板：qiyue render 模板.docx --data 数据.json -o 输出.docx（docxtpl 写法）。
        出错时打印“文件:行:列: 错误: 信息”及源码行，退出码 2；批量模式中出错的记录会注明行号并跳过，退出码 1。
        """,
        en: """
        The template language is Jinja2's (trim_blocks, lstrip_blocks, strict undefined). include/extends read only
        files inside the template root (the template's directory unless --root is given).
        Examples:
          qiyue render agreement.md --data project.json -o agreement-filled.md
          qiyue render agreement.md --set project.name=Solar --set amount=120000000
          qiyue render agreement.md --data-lines firms.jsonl --out-dir out --name '{{ id }}.md'
        Printed values are escaped for the template's content type (.md Markdown, .html HTML, .xml XML), so data never
        becomes markup; --escape none is Jinja2's default.
        Word templates: qiyue render template.docx --data data.json -o out.docx (docxtpl conventions).
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
        OptionSpec("review", help: LocalizedText(zh: "批量模式：逐条审查生成的文件（与 qiyue review 相同），有错误的记录不写入", en: "batch mode: review every output as qiyue review would; a record whose output has errors is not written")),
        OptionSpec("variables", help: LocalizedText(zh: "只列出模板用到的数据变量（文本或 Word 模板），每行一个", en: "only list the data variables the template uses (text or Word template), one per line")),
        OptionSpec("escape", value: "auto|none|html|markdown|xml", help: LocalizedText(
            zh: "输出值的转义（默认 auto：按模板扩展名，.md 为 Markdown、.html 为 HTML、.xml 为 XML；none 与 Jinja2 默认相同）",
            en: "escaping of printed values (default auto: by the template's extension, .md Markdown, .html HTML, .xml XML; none is Jinja2's default)")),
    ]

    /// The template options `--escape` asks for.
    static func options(escape: String?, language: Language) throws -> TemplateOptions {
        var options = TemplateOptions(language: language)
        switch escape {
        case nil, "auto": break
        case let mode?:
            guard let escaping = OutputEscaping(rawValue: mode) else {
                throw UsageError.invalidValue(option: "--escape", value: mode, expected: "auto|none|html|markdown|xml")
            }
            options.contentTypes = [("", escaping)]
        }
        return options
    }

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
        if arguments.flag("variables") { return try listVariables(location, templatePath: templatePath, context: context) }
        let isWord = location.name.lowercased().hasSuffix(".docx")
        if let name = arguments.value("name") {
            // A file's extension says what it holds: Markdown in a .docx file would open as a broken document.
            let wantsWord = name.lowercased().hasSuffix(".docx")
            if wantsWord != isWord {
                throw UsageError.other(isWord
                    ? LocalizedText(zh: "Word 模板生成的文件名须以 .docx 结尾（--name \(name)）", en: "a Word template makes .docx files; --name \(name) must end in .docx")
                    : LocalizedText(zh: "文本模板不能生成 .docx 文件（--name \(name)）；请用 Word 模板", en: "a text template cannot make .docx files (--name \(name)); use a Word template"))
            }
        }
        if isWord, let batch {
            guard let bytes = FileManager.default.contents(atPath: templatePath) else {
                throw UsageError.other(LocalizedText(zh: "无法读取模板文件 \(templatePath)", en: "cannot read the template file \(templatePath)"))
            }
            let reporter = TemplateErrorReporter(context: context, location: location)
            let word: WordTemplate
            do {
                word = try WordTemplate(data: bytes, path: location.name, language: context.language)
            } catch let error as TemplateError {
                reporter.report(error)
                return ExitCode.usageOrInput.rawValue
            }
            guard let outputDirectory = arguments.value("out-dir") else { throw UsageError.missingValue(option: "--out-dir") }
            var job = BatchRender(
                renderRecord: { [UInt8](try word.render($0)) }, templatePath: templatePath, environment: TemplateEnvironment(root: nil, options: TemplateOptions(language: context.language)),
                recordsPath: batch, outputDirectory: outputDirectory, nameTemplate: arguments.value("name") ?? location.defaultOutputName,
                assignments: try arguments.values("set").map { try VariableAssignment(parsing: $0, language: context.language) }, reporter: reporter)
            job.review = arguments.flag("review")
            return try job.run(context: context)
        }
        if isWord {
            var data: TemplateValue = .object(TemplateObject())
            if let dataPath = arguments.value("data") {
                do {
                    data = try DataFile.read(dataPath, context: context)
                } catch let error as TemplateError {
                    context.writeErr(error.rendered(language: context.language, colored: context.colorErrors))
                    return ExitCode.usageOrInput.rawValue
                }
            }
            for assignment in try arguments.values("set").map({ try VariableAssignment(parsing: $0, language: context.language) }) {
                try assignment.apply(to: &data)
            }
            return try WordRender(templatePath: templatePath, dataPath: arguments.value("data"), context: context).run(data: data, output: arguments.value("output"))
        }
        let environment = TemplateEnvironment(root: location.root, options: try Self.options(escape: arguments.value("escape"), language: context.language))
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
            var job = BatchRender(
                renderRecord: { try template.renderUTF8($0) }, templatePath: templatePath, environment: environment, recordsPath: batch, outputDirectory: outputDirectory,
                nameTemplate: arguments.value("name") ?? location.defaultOutputName, assignments: assignments, reporter: reporter)
            job.review = arguments.flag("review")
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

    /// `--variables`: the data paths the template reads, one per line.
    private func listVariables(_ location: TemplateLocation, templatePath: String, context: CommandContext) throws -> Int32 {
        let variables: [String]
        do {
            if location.name.lowercased().hasSuffix(".docx") {
                guard let bytes = FileManager.default.contents(atPath: templatePath) else {
                    throw UsageError.other(LocalizedText(zh: "无法读取模板文件 \(templatePath)", en: "cannot read the template file \(templatePath)"))
                }
                variables = try WordTemplate(data: bytes, path: templatePath, language: context.language).variables
            } else {
                let environment = TemplateEnvironment(root: location.root, options: TemplateOptions(language: context.language))
                variables = try environment.template(named: location.name).variables
            }
        } catch let error as TemplateError {
            TemplateErrorReporter(context: context, location: location).report(error, inTemplate: !location.name.lowercased().hasSuffix(".docx"))
            return ExitCode.usageOrInput.rawValue
        }
        context.writeOut(variables.map { $0 + "\n" }.joined())
        return ExitCode.success.rawValue
    }
}
