import Foundation
import QiyueCore
import QiyueDocuments

/// Reads an input file of any supported format into a `Document`.
///
/// This is the one place that dispatches on the input format, so adding a reader (DOCX,
/// HTML) means adding one case here.
enum DocumentInput {
    /// The document and the warnings met while reading it.
    static func read(_ data: Data, format: DocumentFormat, path: String, displayName: String, language: Language) throws -> (Document, [Diagnostic]) {
        switch format {
        case .markdown:
            let source = try PlainTextDecoder.decode(data, path: displayName)
            let base = path == "-"
                ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                : URL(fileURLWithPath: path).deletingLastPathComponent()
            let result = MarkdownReader(baseDirectory: base, fileName: displayName, language: language).read(source)
            return (result.document, result.diagnostics)
        case .docx, .html, .text:
            throw UsageError.other(LocalizedText(
                zh: "暂不支持读取 .\(format.rawValue) 文件；可读取的格式：\(readableList)",
                en: "reading .\(format.rawValue) files is not supported yet; readable formats: \(readableList)"))
        }
    }

    static var readableList: String {
        DocumentFormat.readable.map { "." + $0.rawValue }.joined(separator: " ")
    }
}
