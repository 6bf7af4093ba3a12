import Foundation
import QiyueCore
import QiyueDocuments
import QiyueProjects
import QiyueTemplate

/// A validated project file and the data the drafting templates receive from it.
///
/// Validation comes first so that an officer sees `/land/area_mu: expected a number` at
/// the place in the project file, not a template error deep inside the agreement.
public struct DraftingProject: Sendable {
    public let file: ProjectFile
    /// The project's text fields, as the validator found them.
    public let textFields: [JSONPointer]
    /// Warnings about the project, which do not stop drafting.
    public let warnings: [DraftingMessage]

    /// Loads and validates the project; throws a `DraftingFailure` with every problem when the
    /// project has errors (warnings come back in `warnings` and drafting goes on).
    public static func load(_ path: String, language: Language) throws(DraftingFailure) -> DraftingProject {
        let file: ProjectFile
        do {
            file = try ProjectFile.load(path)
        } catch {
            throw DraftingFailure([DraftingMessage(error.diagnostic(in: language), source: error.lineIndex)])
        }
        return try validated(file, language: language)
    }

    /// The pictures a template may place (`/pictures/cover`, `/pictures/location_map`) are read
    /// from `directory` (the project file's) only, as `image()` reads them in a Word template:
    /// a path that is absolute, climbs out, or names no PNG or JPEG there is an error at the
    /// field, before anything is drafted, rather than a broken picture in the brochure. Only an
    /// output that shows pictures asks, so an agreement never reads the brochure's pictures.
    public func pictureMessages(directory: URL, language: Language) -> [DraftingMessage] {
        ["/pictures/cover", "/pictures/location_map"].compactMap { pointer -> DraftingMessage? in
            guard let node = file.root.node(at: pointer), let path = file.root.string(at: pointer) else { return nil }
            if let url = LocalImagePath.resolve(path, inside: directory), let data = LocalImagePath.read(url, maximumBytes: DocumentLimits.maximumImageBytes),
               ImageProbe.format(of: data) != nil, ImageProbe.pixelSize(of: data) != nil { return nil }
            return DraftingMessage(Diagnostic(
                severity: .error, location: file.location(ofByte: node.offset), length: 1,
                message: language == .zh
                    ? "\(pointer): 图片“\(path)”不在项目文件所在目录内、不存在，或不是 PNG/JPEG 图片"
                    : "\(pointer): the picture '\(path)' is not a PNG or JPEG file inside the project file's directory",
                code: "drafting.picture"), source: file.lineIndex)
        }
    }

    /// Validates a project file already read.
    public static func validated(_ file: ProjectFile, language: Language) throws(DraftingFailure) -> DraftingProject {
        let validation = ProjectValidator().validate(file)
        let index = file.lineIndex
        var messages: [DraftingMessage] = []
        for finding in validation.findings where finding.severity >= .warning {
            messages.append(DraftingMessage(file.diagnostic(for: finding, in: language), source: index))
        }
        messages += markupComments(in: file, language: language).map { DraftingMessage($0, source: index) }
        guard !messages.contains(where: { $0.diagnostic.severity == .error }) else { throw DraftingFailure(messages) }
        return DraftingProject(file: file, textFields: validation.textFields, warnings: messages)
    }

    /// Project text becomes document text, so an HTML comment in it would be hidden from the
    /// reader — and a `<!-- qiyue-disable RULE: … -->` comment would switch the review off for
    /// the very clause it precedes. Escaping already keeps it from acting as a comment in
    /// Markdown output; it is still refused, since exemptions are a reviewer's decision written
    /// into the agreement, never data. Each such string is an error at its place in the file.
    static func markupComments(in file: ProjectFile, language: Language) -> [Diagnostic] {
        ProjectStringField.all(in: file).filter { $0.text.contains("<!--") }.map { field in
            Diagnostic(
                severity: .error,
                location: file.location(ofByte: field.node.offset),
                length: 1,
                message: language == .zh
                    ? "\(field.pointer): 项目文字不能包含 HTML 注释“<!--”"
                    : "\(field.pointer): project text may not contain an HTML comment '<!--'",
                notes: [language == .zh
                    ? "注释在文档中不可见；审查豁免（qiyue-disable）只能由审查人员写在协议文本中，不能来自项目数据"
                    : "comments are invisible in the document; review exemptions (qiyue-disable) belong in the agreement text, written by a reviewer, never in project data"],
                code: "drafting.markup-comment")
        }
    }

    /// For the brochure: every text field must have its English. A field without it is an
    /// error at its place in the project file (rather than a template error about a macro
    /// argument); glossary and translation remarks come back as warnings.
    public func englishMessages(language: Language) throws(DraftingFailure) -> [DraftingMessage] {
        let findings = BilingualCheck().findings(in: file, textFields: textFields)
        let index = file.lineIndex
        var messages: [DraftingMessage] = []
        for var finding in findings {
            if ["bilingual.chinese-only", "bilingual.missing-en"].contains(finding.code) {
                finding.severity = .error
                finding.notes.append(LocalizedText(zh: "双语推介册需要每个文字字段的英文", en: "the bilingual brochure needs the English of every text field"))
            }
            messages.append(DraftingMessage(file.diagnostic(for: finding, in: language), source: index))
        }
        if messages.contains(where: { $0.diagnostic.severity == .error }) { throw DraftingFailure(messages) }
        return messages
    }

    /// The project's name (`/name`), as written.
    public var name: LocalizedText {
        file.text(at: "/name") ?? LocalizedText(zh: "", en: "")
    }

    /// The template data: `project` (the file as is, from the parse validation made),
    /// `industry` (its catalogue entry, when the code is in the catalogue) and any `extra`
    /// variables such as the brochure's `edition`.
    public func templateData(extra: [(String, TemplateValue)] = []) -> TemplateValue {
        let project = TemplateValue(jsonNode: file.root)
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
}
