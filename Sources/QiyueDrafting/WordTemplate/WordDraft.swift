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

    /// Pictures (`image()`) come from the template's directory or the project's; the built-in
    /// template has no directory of its own.
    func render(_ data: TemplateValue, projectPath: String) throws -> Data {
        let file = FileManager.default.contents(atPath: path)
        var roots = [URL(fileURLWithPath: projectPath).deletingLastPathComponent()]
        if file != nil { roots.insert(URL(fileURLWithPath: path).deletingLastPathComponent(), at: 0) }
        guard let bytes = file ?? BuiltInTemplates.word(path) else {
            throw DraftingFailure([DraftingMessage(.error(
                language == .zh ? "无法读取模板文件 \(path)" : "cannot read the template file \(path)",
                at: SourceLocation(file: path, line: 1, column: 1)))])
        }
        return try WordTemplate(data: bytes, path: path, language: language).render(data, imageRoots: roots)
    }
}
