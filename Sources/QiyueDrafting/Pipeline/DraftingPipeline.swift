import Foundation
import QiyueCore
import QiyueDocuments
import QiyueTemplate

/// Drafting from end to end: project → template data → render → document → review → write.
///
/// Every stage that can refuse does so before anything exists on disk: an invalid project
/// or one lacking what the template declares it needs (`DraftingFailure`), a template that
/// fails (`TemplateError`), and a document whose review finds a clause the government may
/// not sign (`written == false`). The review reads the bytes that would be written, in their
/// own format, so what passes here passes `qiyue review` of the file.
public struct DraftingPipeline: Sendable {
    public var request: DraftingRequest

    public init(_ request: DraftingRequest) {
        self.request = request
    }

    /// Runs the pipeline; `describe` gives the written document's metadata from the project.
    public func run(describe: (DraftingProject) -> DraftWriter) throws -> DraftingResult {
        let language = request.language
        let project = try DraftingProject.load(request.projectPath, language: language)
        var messages = project.warnings
        if let wordTemplatePath = request.wordTemplatePath {
            // A Word template's declaration (its `qiyue.declaration` property) is checked as a
            // Markdown template's header is: every missing field at once, before rendering.
            let draft = try WordDraft(path: wordTemplatePath, language: language)
            let header: DraftTemplateHeader
            do {
                header = try draft.template.declaration()
            } catch {
                throw DraftingFailure(messages + error.messages)
            }
            messages = try checked(project, against: header, messages: messages)
            let bytes = try draft.render(project.templateData(extra: request.extraData), projectPath: request.projectPath)
            return try reviewAndWrite(bytes, project: project, messages: messages)
        }
        var writer = describe(project)
        writer.format = request.format
        if let directory = writer.imageDirectory {
            let pictures = project.pictureMessages(directory: directory, language: language)
            guard pictures.isEmpty else { throw DraftingFailure(messages + pictures) }
        }
        let template: DraftTemplate
        do {
            template = try DraftTemplate.load(request.templateName, directory: request.templateDirectory, language: language)
        } catch let failure as DraftingFailure {
            throw DraftingFailure(messages + failure.messages)
        }
        messages = try checked(project, against: template.header, messages: messages)
        let markdown = try template.render(project.templateData(extra: request.extraData))
        let bytes: Data
        do {
            bytes = try writer.data(for: markdown)
        } catch let error as OutputLimitError {
            // The project's data is what made the document this large.
            throw Diagnostic.error(error.message.text(in: language), at: SourceLocation(file: request.projectPath, line: 1, column: 1))
        }
        return try reviewAndWrite(bytes, project: project, messages: messages)
    }

    /// `messages` with the English remarks the header asks for; throws when the project lacks a
    /// field the header requires, or an English rendering it needs.
    private func checked(_ project: DraftingProject, against header: DraftTemplateHeader, messages: [DraftingMessage]) throws -> [DraftingMessage] {
        let missing = header.missingData(in: project, language: request.language)
        guard missing.isEmpty else { throw DraftingFailure(messages + missing) }
        guard header.needsEnglish else { return messages }
        do {
            return messages + (try project.englishMessages(language: request.language))
        } catch {
            throw DraftingFailure(messages + error.messages)
        }
    }

    /// The gate: the bytes are reviewed as the file they will be and written only when clean (or forced).
    private func reviewAndWrite(_ bytes: Data, project: DraftingProject, messages: [DraftingMessage]) throws -> DraftingResult {
        let review = try DraftReview(bytes: bytes, path: request.outputPath, language: request.language)
        let written = review.errorCount == 0 || request.force
        if written { try DraftWriter.write(bytes, to: request.outputPath, protecting: request.inputs, language: request.language) }
        return DraftingResult(project: project, messages: messages, review: review, written: written)
    }
}
