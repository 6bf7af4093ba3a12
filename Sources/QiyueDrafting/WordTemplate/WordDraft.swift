import Foundation
import QiyueCore
import QiyueTemplate

/// A drafting command's `--template FILE.docx`: the bureau's own Word template, filled with
/// the same data (`project`, `industry`) the Markdown templates receive.
struct WordDraft {
    let path: String
    let language: Language

    func render(_ data: TemplateValue) throws -> Data {
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw DraftingFailure([DraftingMessage(.error(
                language == .zh ? "无法读取模板文件 \(path)" : "cannot read the template file \(path)",
                at: SourceLocation(file: path, line: 1, column: 1)))])
        }
        return try WordTemplate(data: bytes, path: path, language: language).render(data)
    }
}
