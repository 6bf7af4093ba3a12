import Foundation
import QiyueCore

/// Reads an input file of any supported format into a `Document`.
///
/// This is the one place that dispatches on the input format, so adding a reader (DOCX,
/// HTML) means adding one case here.
public enum DocumentInput {
    /// The document and the warnings met while reading it.
    public static func read(_ data: Data, format: DocumentFormat, path: String, displayName: String, language: Language) throws -> (Document, [Diagnostic]) {
        switch format {
        case .markdown:
            let source = try PlainTextDecoder.decode(data, path: displayName)
            let base = path == "-"
                ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                : URL(fileURLWithPath: path).deletingLastPathComponent()
            let result = MarkdownReader(baseDirectory: base, fileName: displayName, language: language).read(source)
            // An error (a table beyond the limits) means part of the document is missing.
            if let error = result.diagnostics.first(where: { $0.severity == .error }) { throw error }
            return (result.document, result.diagnostics)
        case .docx, .html:
            do {
                let read = format == .docx ? try DocxReader().read(data) : try HTMLReader().read(data)
                return (read.document, [])
            } catch let error as DocumentReadError {
                let prefix = LocalizedText(zh: "无法读取文档：", en: "cannot read the document: ").text(in: language)
                let detail = error.part == nil ? error.message.text(in: language) : error.text(in: language)
                throw Diagnostic.error(prefix + detail, at: SourceLocation(file: displayName, line: error.part == nil ? error.line ?? 1 : 1, column: error.part == nil ? error.column ?? 1 : 1))
            }
        case .text:
            let message = LocalizedText(
                zh: "暂不支持读取 .\(format.rawValue) 文件；可读取的格式：\(readableList)",
                en: "reading .\(format.rawValue) files is not supported yet; readable formats: \(readableList)")
            throw Diagnostic.error(message.text(in: language), at: SourceLocation(file: displayName, line: 1, column: 1))
        }
    }

    public static var readableList: String {
        DocumentFormat.readable.map { "." + $0.rawValue }.joined(separator: " ")
    }
}
