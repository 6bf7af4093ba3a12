import Foundation
import QiyueCore
import QiyueDrafting
import QiyueTemplate

/// `qiyue render TEMPLATE.docx --data DATA.json -o OUT.docx`: a Word template filled in.
///
/// The output must be a `.docx` file (a package, not terminal text), and nothing is written
/// unless the whole document rendered: any error leaves the disk as it was.
struct WordRender {
    let templatePath: String
    let context: CommandContext

    func run(data: TemplateValue, output: String?) throws -> Int32 {
        guard let output, output != "-" else { throw UsageError.missingArgument("-o OUT.docx") }
        guard output.lowercased().hasSuffix(".docx") else {
            throw UsageError.invalidValue(option: "-o", value: output, expected: "OUT.docx")
        }
        guard let bytes = FileManager.default.contents(atPath: templatePath) else {
            throw UsageError.other(LocalizedText(zh: "无法读取模板文件 \(templatePath)", en: "cannot read the template file \(templatePath)"))
        }
        let document: Data
        do {
            document = try WordTemplate(data: bytes, path: templatePath, language: context.language).render(data)
        } catch let error as TemplateError {
            context.writeErr(error.rendered(language: context.language, colored: context.colorErrors))
            return ExitCode.usageOrInput.rawValue
        }
        do {
            try AtomicFile.write(document, to: output)
        } catch {
            throw Diagnostic.error(context.localized(zh: "无法写入 \(output)：\(error)", en: "cannot write \(output): \(error)"))
        }
        return ExitCode.success.rawValue
    }
}
