import QiyueCore

/// What a drafting command (`agreement`, `dossier`) settles from its arguments before it
/// reads the project: the project file, the output path and format, and the template
/// directory. Both commands check these in the same order, so a missing output directory or
/// template is reported the same way before any project is loaded or rendered.
struct DraftingTarget {
    let projectPath: String
    let outputPath: String
    let format: DraftFormat
    /// The directory that holds `templateName`; `nil` for the built-in templates.
    let templateDirectory: String?

    init(_ arguments: ParsedArguments, templateName: String, context: CommandContext) throws {
        projectPath = try DraftingOptions.projectPath(arguments)
        outputPath = try DraftingOptions.outputPath(arguments)
        format = try DraftFormat(outputPath: outputPath)
        try DraftWriter.checkDestination(outputPath, language: context.language)
        templateDirectory = try TemplateLocator.standard(option: arguments.value("templates")).directory(containing: templateName)
    }
}
