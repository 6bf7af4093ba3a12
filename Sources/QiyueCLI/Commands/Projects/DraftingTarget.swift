import Foundation
import QiyueCore

/// What a drafting command (`agreement`, `dossier`) settles from its arguments before it
/// reads the project: the project file, the output path and format, and the template
/// directory. Both commands check these in the same order, so a missing output directory or
/// template is reported the same way before any project is loaded or rendered.
struct DraftingTarget {
    let projectPath: String
    let outputPath: String
    let format: DraftFormat
    /// The directory that holds `templateName`.
    let templateDirectory: String
    /// The project file and the templates, which no output may replace.
    let inputs: OutputGuard

    init(_ arguments: ParsedArguments, templateName: String, context: CommandContext) throws {
        projectPath = try DraftingOptions.projectPath(arguments)
        outputPath = try DraftingOptions.outputPath(arguments)
        format = try DraftFormat(outputPath: outputPath)
        templateDirectory = try TemplateLocator.standard(option: arguments.value("templates")).directory(containing: templateName)
        inputs = Self.inputs(project: projectPath, templates: templateDirectory)
        try OutputFile.check(outputPath, protecting: inputs, language: context.language)
    }

    /// The project and every template of the template directory: an edited template that
    /// includes a sibling is as much an input as the one named. Other files there (an
    /// earlier draft written beside the templates) may be replaced.
    private static func inputs(project: String, templates directory: String) -> OutputGuard {
        var inputs = OutputGuard(inputs: [project])
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where [".jinja", ".j2", ".jinja2"].contains(where: name.hasSuffix) {
            inputs.protect((directory as NSString).appendingPathComponent(name))
        }
        return inputs
    }
}
