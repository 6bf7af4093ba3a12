import Foundation
import QiyueCore
import QiyueDocuments
import QiyueDrafting

/// `qiyue agreement PROJECT.json -o OUT`: drafts the standard investment agreement and
/// refuses to write it when the legality review finds a clause the government may not sign.
///
/// The agreement is reviewed in-process with the same rules as `qiyue review`, so an edited
/// template or a free-text field that smuggles in a land-fee rebate is caught before the
/// document exists, not after it is signed.
struct AgreementCommand: Command {
    static let templateName = "agreement.md.jinja"

    let name = "agreement"
    let summary = LocalizedText(zh: "由项目文件起草标准投资协议（经合法性审查）", en: "draft the standard investment agreement from a project file (legality-reviewed)")
    let usage = "PROJECT.json -o OUT.{docx,html,md} [--style standard|official] [--force] [--templates DIR] [--template FILE.docx]"
    var discussion: LocalizedText {
        LocalizedText(
            zh: """
            渲染 Templates/agreement.md.jinja，并用与“qiyue review”相同的规则审查结果。
            审查发现错误时不写入文件，列出问题并以状态 1 退出；--force 仍然写入。
            --style official 按 GB/T 9704 排版 Word 文件：标题二号小标宋居中，条标题黑体，正文仿宋_GB2312 三号，
            页码“— 1 —”单页居右、双页居左，签署页每方一行并留出盖章位置。
            退出码：0 已写入；1 审查发现错误而未写入；2 用法、项目文件或模板错误。
            """,
            en: """
            Renders Templates/agreement.md.jinja and reviews the result with the rules of 'qiyue review'.
            When the review finds errors nothing is written: the findings are listed and the exit status is 1;
            --force writes anyway.
            --style official lays the Word file out per GB/T 9704: title centred in 2号 小标宋, articles in 黑体,
            body FangSong_GB2312 16 pt, page numbers "— 1 —" right on odd and left on even pages, and a
            signature page with one party a row and room for the seals.
            Exit status: 0 written; 1 not written because of review errors; 2 usage, project or template error.
            """)
    }
    let options: [OptionSpec] = [
        DraftingOptions.output,
        DraftingOptions.style,
        OptionSpec("force", help: LocalizedText(zh: "即使审查发现错误也写入", en: "write even when the review finds errors")),
        DraftingOptions.templates,
        DraftingOptions.wordTemplate,
    ]

    func run(_ arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        let target = try DraftingTarget(arguments, templateName: Self.templateName, context: context)
        let style = try DraftingOptions.agreementStyle(arguments, target: target)
        let request = DraftingRequest(
            projectPath: target.projectPath, templateName: Self.templateName, templateDirectory: target.templateDirectory.map { URL(fileURLWithPath: $0, isDirectory: true) },
            outputPath: target.outputPath, format: target.format, language: context.language, force: arguments.flag("force"), wordTemplatePath: target.wordTemplate, inputs: target.inputs)
        return try DraftingPrinter(context: context).run(DraftingPipeline(request), describe: { project in
            DraftWriter(format: target.format, language: "zh-CN", title: project.name.zh + "投资协议",
                        subject: project.name.zh, author: project.file.text(at: "/agreement/government/name")?.zh, style: style)
        }, written: { review in
            context.localized(
                zh: "已写入 \(target.outputPath)（审查：\(review.errorCount) 个错误，\(review.warningCount) 个警告）\n",
                en: "wrote \(target.outputPath) (review: \(review.errorCount) error(s), \(review.warningCount) warning(s))\n")
        })
    }
}
