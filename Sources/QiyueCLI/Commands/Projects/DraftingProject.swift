import Foundation
import QiyueCore
import QiyueProjects
import QiyueTemplate

/// A validated project file and the data the drafting templates receive from it.
///
/// Validation comes first so that an officer sees `/land/area_mu: expected a number` at
/// the place in the project file, not a template error deep inside the agreement.
struct DraftingProject {
    let file: ProjectFile
    /// The project's text fields, as the validator found them.
    let textFields: [JSONPointer]

    /// Loads and validates the project; prints every problem and throws `Failure` when the
    /// project has errors (warnings are printed and drafting goes on).
    static func load(_ path: String, context: CommandContext) throws -> DraftingProject {
        let file: ProjectFile
        do {
            file = try ProjectFile.load(path)
        } catch {
            context.report(error.diagnostic(in: context.language), source: error.lineIndex)
            throw Failure(errorCount: 1)
        }
        let validation = ProjectValidator().validate(file)
        let index = file.lineIndex
        var errors = 0
        for finding in validation.findings where finding.severity >= .warning {
            context.report(file.diagnostic(for: finding, in: context.language), source: index)
            if finding.severity == .error { errors += 1 }
        }
        errors += rejectMarkupComments(in: file, context: context)
        if errors > 0 { throw Failure(errorCount: errors) }
        return DraftingProject(file: file, textFields: validation.textFields)
    }

    /// Project text becomes document text, so an HTML comment in it would be hidden from the
    /// reader — and a `<!-- qiyue-disable RULE: … -->` comment would switch the review off for
    /// the very clause it precedes. Exemptions are a reviewer's decision written into the
    /// agreement, never data; each such string is an error at its place in the project file.
    static func rejectMarkupComments(in file: ProjectFile, context: CommandContext) -> Int {
        let offending = ProjectStringField.all(in: file).filter { $0.text.contains("<!--") }
        let index = file.lineIndex
        for field in offending {
            context.report(Diagnostic(
                severity: .error,
                location: file.location(ofByte: field.node.offset),
                length: 1,
                message: context.localized(
                    zh: "\(field.pointer): 项目文字不能包含 HTML 注释“<!--”",
                    en: "\(field.pointer): project text may not contain an HTML comment '<!--'"),
                notes: [context.localized(
                    zh: "注释在文档中不可见；审查豁免（qiyue-disable）只能由审查人员写在协议文本中，不能来自项目数据",
                    en: "comments are invisible in the document; review exemptions (qiyue-disable) belong in the agreement text, written by a reviewer, never in project data")],
                code: "drafting.markup-comment"), source: index)
        }
        return offending.count
    }

    /// Stops with every missing field listed when the project lacks what `templateName` needs.
    func requireFields(for templateName: String, document: LocalizedText, context: CommandContext) throws {
        let missing = DraftRequirements.missing(in: file, for: templateName)
        guard !missing.isEmpty else { return }
        let index = file.lineIndex
        for diagnostic in DraftRequirements.diagnostics(missing, in: file, document: document, language: context.language) {
            context.report(diagnostic, source: index)
        }
        throw Failure(errorCount: missing.count)
    }

    /// For the brochure: every text field must have its English. A field without it is an
    /// error at its place in the project file (rather than a template error about a macro
    /// argument); glossary and translation remarks are printed as warnings.
    func requireEnglish(context: CommandContext) throws {
        let findings = BilingualCheck().findings(in: file, textFields: textFields)
        let index = file.lineIndex
        var errors = 0
        for var finding in findings {
            if ["bilingual.chinese-only", "bilingual.missing-en"].contains(finding.code) {
                finding.severity = .error
                finding.notes.append(LocalizedText(zh: "双语推介册需要每个文字字段的英文", en: "the bilingual brochure needs the English of every text field"))
                errors += 1
            }
            context.report(file.diagnostic(for: finding, in: context.language), source: index)
        }
        if errors > 0 { throw Failure(errorCount: errors) }
    }

    /// The project's name (`/name`), as written.
    var name: LocalizedText {
        file.text(at: "/name") ?? LocalizedText(zh: "", en: "")
    }

    /// The template data: `project` (the file as is), `industry` (its catalogue entry, when
    /// the code is in the catalogue) and any `extra` variables such as the brochure's `edition`.
    func templateData(extra: [(String, TemplateValue)] = []) throws -> TemplateValue {
        let project = try TemplateValue(jsonData: Data(file.bytes))
        var pairs: [(String, TemplateValue)] = [("project", project)]
        if let code = file.industryCode, let entry = IndustryCatalog.builtIn.entry(for: code) {
            pairs.append(("industry", Self.industryValue(entry)))
        }
        return .object(TemplateObject(pairs + extra))
    }

    /// `{code, name: {zh, en}, sector: {zh, en}}`: the item and the key industry it belongs to.
    static func industryValue(_ entry: IndustryCatalog.Entry) -> TemplateValue {
        func text(_ value: LocalizedText) -> TemplateValue {
            .object(TemplateObject([("zh", .string(value.zh)), ("en", .string(value.en))]))
        }
        return .object(TemplateObject([
            ("code", .string(entry.code)),
            ("name", text(entry.name)),
            ("sector", text(entry.industry.name)),
        ]))
    }

    /// The project had validation errors, already printed.
    struct Failure: Error {
        var errorCount: Int
    }
}
