import Foundation
import QiyueCore
import QiyueDrafting
import QiyueTemplate

/// `qiyue dossier PROJECT.json [--edition zh|en|zh-en] -o OUT`: the Chinese promotion dossier
/// (项目推介书), or the bilingual brochure for foreign investors.
///
/// `--edition` picks the document and `--lang` stays what it is everywhere else, the language
/// of messages: an officer who drafts the English brochure still reads Chinese messages.
struct DossierCommand: Command {
    let name = "dossier"
    let summary = LocalizedText(zh: "由项目文件生成项目推介书或中英双语推介册", en: "make the promotion dossier or the bilingual brochure from a project file")
    let usage = "PROJECT.json [--edition zh|en|zh-en] -o OUT.{docx,html,md} [--templates DIR] [--force] [--template FILE.docx]"
    var discussion: LocalizedText {
        LocalizedText(
            zh: """
            --edition zh（默认）：中文项目推介书（Templates/dossier.md.jinja）；
            --edition zh-en：中英文逐段对照推介册（Templates/brochure.md.jinja）；
            --edition en：英文推介册。推介册要求项目文件的每个文字字段都有英文（{"zh": …, "en": …}）。
            消息语言仍由 --lang 决定。
            """,
            en: """
            --edition zh (default): the Chinese promotion dossier (Templates/dossier.md.jinja);
            --edition zh-en: the brochure with each Chinese paragraph followed by its English (Templates/brochure.md.jinja);
            --edition en: the brochure in English only. The brochure needs the English of every text field of the project.
            Messages stay in the language --lang chooses.
            """)
    }
    let options: [OptionSpec] = [
        DraftingOptions.output,
        OptionSpec("edition", value: "zh|en|zh-en", help: LocalizedText(
            zh: "版本：zh 项目推介书（默认）、zh-en 中英双语推介册、en 英文推介册",
            en: "edition: zh the promotion dossier (default), zh-en the bilingual brochure, en the English brochure")),
        OptionSpec("force", help: LocalizedText(zh: "即使审查发现错误也写入", en: "write even when the review finds errors")),
        DraftingOptions.templates,
        DraftingOptions.wordTemplate,
    ]

    /// Which document `--edition` asks for.
    enum Edition: String {
        case dossier = "zh"
        case bilingual = "zh-en"
        case english = "en"

        init(option value: String?) throws {
            switch value?.lowercased() {
            case nil, "zh", "zh-cn": self = .dossier
            case "zh-en", "zh_en", "bilingual": self = .bilingual
            case "en", "en-us", "en-gb": self = .english
            case let other?: throw UsageError.invalidValue(option: "--edition", value: other, expected: "zh|en|zh-en")
            }
        }

        var templateName: String { self == .dossier ? "dossier.md.jinja" : "brochure.md.jinja" }

        /// `text` in the edition's language: English for the English brochure, else Chinese.
        func text(_ text: LocalizedText) -> String {
            self == .english ? text.en : text.zh
        }

        /// The document title: `某某项目推介书`, `中文名 / English name`, or the English name.
        func title(for name: LocalizedText) -> String {
            switch self {
            case .dossier: return name.zh + (name.zh.hasSuffix("项目") ? "推介书" : "项目推介书")
            case .bilingual: return name.en.isEmpty ? name.zh : name.zh + " / " + name.en
            case .english: return name.en
            }
        }
    }

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        let edition = try Edition(option: arguments.value("edition"))
        let target = try DraftingTarget(arguments, templateName: edition.templateName, context: context)
        let extra: [(String, TemplateValue)] = edition == .dossier ? [] : [("edition", .string(edition.rawValue))]
        let request = DraftingRequest(
            projectPath: target.projectPath, templateName: edition.templateName, templateDirectory: target.templateDirectory.map { URL(fileURLWithPath: $0, isDirectory: true) },
            outputPath: target.outputPath, format: target.format, language: context.language, extraData: extra, force: arguments.flag("force"), wordTemplatePath: target.wordTemplate, inputs: target.inputs)
        return try DraftingPrinter(context: context).run(DraftingPipeline(request), describe: { project in
            let organization = project.file.text(at: "/contacts/0/organization")
            var writer = DraftWriter(format: target.format, language: edition == .english ? "en" : "zh-CN", title: edition.title(for: project.name),
                                     subject: edition.text(project.name), author: organization.map(edition.text))
            if edition != .dossier {
                // The brochure's header names the project in one language, so that it fits its
                // line; its English is set in a Latin face, ragged-right.
                writer.runningHeader = edition == .english ? project.name.en : project.name.zh
                writer.style = .brochure
            }
            writer.imageDirectory = URL(fileURLWithPath: target.projectPath).deletingLastPathComponent()
            return writer
        }, written: { _ in context.localized(zh: "已写入 \(target.outputPath)\n", en: "wrote \(target.outputPath)\n") })
    }
}
