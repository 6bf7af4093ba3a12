import Foundation
import QiyueCore
import QiyueTemplate

/// What to draft: which project, with which template, into which file.
public struct DraftingRequest: Sendable {
    public var projectPath: String
    public var templateName: String
    /// The directory of the templates; `nil` for those built into the binary.
    public var templateDirectory: URL?
    public var outputPath: String
    public var format: DraftFormat
    /// The language of messages.
    public var language: Language
    /// Template variables besides `project` and `industry` (the brochure's `edition`).
    public var extraData: [(String, TemplateValue)]
    /// Write even when the review finds errors (the officer's explicit decision).
    public var force: Bool
    /// A Word template of the bureau's own (`--template 我的协议模板.docx`) used instead of the
    /// Markdown template; the output is then a DOCX file.
    public var wordTemplatePath: String?
    /// The files the run reads, which the output may never replace.
    public var inputs: OutputGuard

    public init(projectPath: String, templateName: String, templateDirectory: URL?, outputPath: String, format: DraftFormat,
                language: Language, extraData: [(String, TemplateValue)] = [], force: Bool = false, wordTemplatePath: String? = nil, inputs: OutputGuard = OutputGuard()) {
        self.projectPath = projectPath
        self.templateName = templateName
        self.templateDirectory = templateDirectory
        self.outputPath = outputPath
        self.format = format
        self.language = language
        self.extraData = extraData
        self.force = force
        self.wordTemplatePath = wordTemplatePath
        self.inputs = inputs
    }
}
