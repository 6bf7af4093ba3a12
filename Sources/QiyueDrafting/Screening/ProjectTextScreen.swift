import QiyueCore
import QiyueProjects
import QiyueReview

/// Screens every text field of a project with the review engine, before any document exists.
///
/// Free text ends up in agreements, dossiers and brochures; a 税收奖励 typed into `policies`
/// is unlawful wherever it is printed. Each field is reviewed on its own with the built-in
/// rule pack, and every finding of a banned category (land, tax, guarantee) is reported at
/// the field's place in the project file, naming the field by its pointer. Completeness
/// rules are left out: a single field is not a whole agreement.
public struct ProjectTextScreen: Sendable {
    let engine: ReviewEngine

    /// Fields longer than this are screened in their first part only, so hostile data cannot
    /// make `check` slow; real fields are a few hundred characters.
    static let longestScreened = 20_000

    public init(language: Language) throws {
        engine = ReviewEngine(pack: try RulePack.builtIn(), language: language)
    }

    /// One diagnostic per finding, in document order of the project file.
    public func diagnostics(for file: ProjectFile, language: Language) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for field in ProjectStringField.all(in: file) where field.text.count >= 4 {
            let text = String(field.text.prefix(Self.longestScreened))
            for finding in engine.review(text: text) where finding.category != .completeness && finding.severity != .info {
                result.append(diagnostic(for: finding, in: field, file: file, language: language))
            }
        }
        return result
    }

    private func diagnostic(for finding: Finding, in field: ProjectStringField, file: ProjectFile, language: Language) -> Diagnostic {
        let start = file.location(ofByte: field.node.offset)
        // Inside a string literal without escapes the characters line up with the source.
        let plain = field.node.length - 2 == field.text.utf8.count && !field.text.contains("\n")
        let location = plain ? SourceLocation(file: start.file, line: start.line, column: start.column + finding.column) : start
        var notes = [Diagnostic.Note(language == .zh ? "建议：" + finding.suggestion.zh : "suggestion: " + finding.suggestion.en)]
        if !finding.basis.isEmpty { notes.append(Diagnostic.Note((language == .zh ? "依据：" : "basis: ") + finding.basis[0])) }
        return Diagnostic(
            severity: finding.severity == .error ? .error : .warning,
            location: location,
            length: plain ? max(1, finding.endColumn - finding.column) : 1,
            message: "\(field.pointer): [\(finding.ruleID)] " + finding.message.text(in: language),
            notes: notes,
            code: finding.ruleID)
    }
}
