import Foundation
import QiyueCore
import QiyueTemplate

/// A drafting command's `--template FILE.docx`: the bureau's own Word template, filled with
/// the same data (`project`, `industry`) the Markdown templates receive.
///
/// A bare name that is no file but one of the built-in Word templates (`agreement.docx`, the
/// standard agreement as LibreOffice made it) is that template, so the single installed
/// binary can draft from Word with nothing beside it; a file of that name in the current
/// directory is the bureau's own and wins.
struct WordDraft {
    let path: String
    let language: Language
    let template: WordTemplate
    /// Whether the template is a file (else one built into the binary, with no directory).
    let isFile: Bool

    init(path: String, language: Language) throws {
        self.path = path
        self.language = language
        let file = FileManager.default.contents(atPath: path)
        guard let bytes = file ?? BuiltInTemplates.word(path) else {
            throw DraftingFailure([DraftingMessage(.error(
                language == .zh ? "无法读取模板文件 \(path)" : "cannot read the template file \(path)",
                at: SourceLocation(file: path, line: 1, column: 1)))])
        }
        isFile = file != nil
        template = try WordTemplate(data: bytes, path: path, language: language)
    }

    /// Pictures (`image()`) come from the template's directory or the project's; the built-in
    /// template has no directory of its own.
    func render(_ data: TemplateValue, projectPath: String) throws -> Data {
        var roots = [URL(fileURLWithPath: projectPath).deletingLastPathComponent()]
        if isFile { roots.insert(URL(fileURLWithPath: path).deletingLastPathComponent(), at: 0) }
        return try template.render(data, imageRoots: roots)
    }
}
