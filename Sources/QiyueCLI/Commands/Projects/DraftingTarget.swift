import Foundation
import QiyueCore
import QiyueDrafting

/// What a drafting command (`agreement`, `dossier`) settles from its arguments before it
/// reads the project: the project file, the output path and format, and the template
/// directory. Both commands check these in the same order, so a missing output directory or
/// template is reported the same way before any project is loaded or rendered.
struct DraftingTarget {
    let projectPath: String
    let outputPath: String
    let format: DraftFormat
    /// The directory that holds `templateName`; `nil` for the built-in templates and with a Word template.
    let templateDirectory: String?
    /// `--template FILE.docx`: the bureau's own Word template instead of the Markdown one.
    let wordTemplate: String?
    /// The project file and the templates, which no output may replace.
    let inputs: OutputGuard

    init(_ arguments: ParsedArguments, templateName: String, context: CommandContext) throws {
        projectPath = try DraftingOptions.projectPath(arguments)
        outputPath = try DraftingOptions.outputPath(arguments)
        guard let format = DraftFormat(outputPath: outputPath) else {
            throw UsageError.invalidValue(option: "-o", value: outputPath, expected: "OUT.docx, OUT.html, OUT.md")
        }
        self.format = format
        wordTemplate = arguments.value("template")
        if let wordTemplate {
            guard wordTemplate.lowercased().hasSuffix(".docx") else {
                throw UsageError.invalidValue(option: "--template", value: wordTemplate, expected: "TEMPLATE.docx")
            }
            guard format == .docx else {
                throw UsageError.other(LocalizedText(zh: "使用 Word 模板（--template）时输出须为 .docx", en: "with a Word template (--template) the output must be .docx"))
            }
            templateDirectory = nil
        } else {
            templateDirectory = try TemplateLocator.standard(option: arguments.value("templates")).directory(containing: templateName)
        }
        inputs = Self.inputs(project: projectPath, templates: templateDirectory, wordTemplate: wordTemplate)
        try OutputFile.check(outputPath, protecting: inputs, language: context.language)
    }

    /// The project, the Word template, and every template of the template directory: an
    /// edited template that includes a sibling is as much an input as the one named. Other
    /// files there (an earlier draft written beside the templates) may be replaced.
    private static func inputs(project: String, templates directory: String?, wordTemplate: String?) -> OutputGuard {
        var inputs = OutputGuard(inputs: [project])
        if let wordTemplate { inputs.protect(wordTemplate) }
        guard let directory else { return inputs }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where [".jinja", ".j2", ".jinja2"].contains(where: name.hasSuffix) {
            inputs.protect((directory as NSString).appendingPathComponent(name))
        }
        return inputs
    }
}
