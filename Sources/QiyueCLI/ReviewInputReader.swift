import Foundation
import QiyueCore
import QiyueDocuments

/// Turns an input file of any supported format into the text the review engine analyses.
///
/// The review command never looks at file formats itself: it hands the bytes here, and
/// the document readers (DOCX, HTML, Markdown) or the plain-text decoder answer with an
/// `ExtractedText` whose origins lead back to the original file. A file that cannot be
/// read becomes a `Diagnostic` naming the file (and the part inside a DOCX package), in
/// the user's language.
enum ReviewInputReader {
    /// The file extensions `qiyue review` picks up when walking a directory.
    static let reviewableExtensions: Set<String> = ["txt", "md", "markdown", "docx", "html", "htm", "rtf", "doc", "wps"]

    /// - Parameter includeDeletedText: for DOCX, also review text deleted in tracked changes (marked 〔删除：…〕).
    static func extract(path: String, data: Data, includeDeletedText: Bool = false, language: Language = .zh) throws -> ExtractedText {
        do {
            switch URL(fileURLWithPath: path).pathExtension.lowercased() {
            case "docx":
                return try DocxReader(options: DocxReaderOptions(includeDeletedText: includeDeletedText)).readText(data)
            case "html", "htm":
                return try HTMLReader().read(data).text
            case "doc", "wps":
                return try DocReader().readText(data)
            case "rtf":
                return try RTFReader().readText(data)
            case "md", "markdown":
                return MarkdownReviewText.extract(try PlainTextDecoder.decode(data, path: path))
            default:
                return ExtractedText(text: try PlainTextDecoder.decode(data, path: path))
            }
        } catch let error as DocumentReadError {
            let prefix = LocalizedText(zh: "无法读取文档：", en: "cannot read the document: ").text(in: language)
            // Errors inside a DOCX part name the part in the message; errors in a text format point into the file.
            let line = error.part == nil ? error.line ?? 1 : 1
            let column = error.part == nil ? error.column ?? 1 : 1
            let detail = error.part == nil ? error.message.text(in: language) : error.text(in: language)
            throw Diagnostic.error(prefix + detail, at: SourceLocation(file: path, line: line, column: column))
        }
    }
}
