import Foundation
import QiyueCore
import QiyueProjects
import QiyueTemplate

/// A drafting template from a template directory, with the header it declares.
///
/// The template is compiled in an environment rooted at its directory, so `include` and
/// `extends` reach its siblings and nothing else; its name decides the escaping of what it
/// prints (`.md.jinja`: Markdown), so project data arrives in the document as text.
public struct DraftTemplate: Sendable {
    public let name: String
    public let header: DraftTemplateHeader
    let template: Template

    /// Loads and compiles `name` from `directory`, or from the templates built into the binary
    /// when `directory` is `nil`. A template error (syntax, an unreadable
    /// file) comes back as the `TemplateError` the renderer prints; a malformed header as a
    /// `DraftingFailure`.
    public static func load(_ name: String, directory: URL?, language: Language) throws -> DraftTemplate {
        let options = TemplateOptions(language: language)
        let environment: TemplateEnvironment
        let text: String
        let path: String
        if let directory {
            environment = TemplateEnvironment(root: directory, options: options)
            text = (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
            path = directory.appendingPathComponent(name).path
        } else {
            do {
                environment = try BuiltInTemplates.environment(options: options)
            } catch {
                throw DraftingFailure([DraftingMessage(Diagnostic.error(language == .zh ? "内置模板损坏：\(error)" : "the built-in templates are damaged: \(error)"))])
            }
            text = BuiltInTemplates.text(name) ?? ""
            path = name
        }
        let template = try environment.template(named: name)
        let header = try DraftTemplateHeader.parse(text, name: path, language: language)
        return DraftTemplate(name: name, header: header, template: template)
    }

    /// The rendered text (Markdown for the standard templates).
    public func render(_ data: TemplateValue) throws -> String {
        try template.render(data)
    }
}

extension DraftTemplateHeader {
    /// The errors for the data the header requires and `project` lacks, every one at once.
    public func missingData(in project: DraftingProject, language: Language) -> [DraftingMessage] {
        let missing = DraftRequirements.missing(in: project.file, for: self)
        guard !missing.isEmpty else { return [] }
        let index = project.file.lineIndex
        return DraftRequirements.diagnostics(missing, in: project.file, document: document, language: language)
            .map { DraftingMessage($0, source: index) }
    }
}
