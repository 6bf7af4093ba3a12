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
    /// The data file, which the output may not replace any more than the template.
    let dataPath: String?
    let context: CommandContext

    func run(data: TemplateValue, output: String?) throws -> Int32 {
        guard let output, output != "-" else { throw UsageError.missingArgument("-o OUT.docx") }
        guard output.lowercased().hasSuffix(".docx") else {
            throw UsageError.invalidValue(option: "-o", value: output, expected: "OUT.docx")
        }
        var inputs = OutputGuard(inputs: [templatePath])
        if let dataPath { inputs.protect(dataPath) }
        try OutputFile.check(output, protecting: inputs, language: context.language)
        guard let bytes = FileManager.default.contents(atPath: templatePath) else {
            throw UsageError.other(LocalizedText(zh: "无法读取模板文件 \(templatePath)", en: "cannot read the template file \(templatePath)"))
        }
        let document: Data
        do {
            // Pictures (`image()`) come from the template's directory or the data's.
            var roots = [URL(fileURLWithPath: templatePath).deletingLastPathComponent()]
            if let dataPath, dataPath != "-" { roots.append(URL(fileURLWithPath: dataPath).deletingLastPathComponent()) }
            document = try WordTemplate(data: bytes, path: templatePath, language: context.language).render(data, imageRoots: roots)
        } catch let error as TemplateError {
            context.writeErr(error.rendered(language: context.language, colored: context.colorErrors))
            return ExitCode.usageOrInput.rawValue
        }
        try OutputFile.write(document, to: output, protecting: inputs, language: context.language)
        return ExitCode.success.rawValue
    }
}
