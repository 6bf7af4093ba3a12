import Foundation
import QiyueCore

/// Turns an input file of any supported format into the text the review engine analyses.
///
/// The review command and the drafting gate never look at file formats themselves: it hands the bytes here, and
/// the document readers (DOCX, Word 97–2003 and WPS, RTF, HTML, Markdown) or the plain-text decoder answer with an
/// `ExtractedText` whose origins lead back to the original file. A file that cannot be
/// read becomes a `Diagnostic` naming the file (and the part inside a DOCX package), in
/// the user's language.
public enum ReviewInputReader {
    /// The file extensions `qiyue review` picks up when walking a directory.
    public static let reviewableExtensions: Set<String> = ["txt", "md", "markdown", "docx", "html", "htm", "rtf", "doc", "wps"]

    /// Formats a bureau receives that no reader here understands. A directory walk takes
    /// them too, so that each is reported as not reviewed instead of silently left out: a
    /// batch that skipped the one .doc draft would read as if every draft had passed.
    public static let unsupportedExtensions: Set<String> = ["pdf", "odt", "ofd", "xls", "xlsx", "wpt", "dot", "dotx"]

    /// Why a file of this extension (or with no bytes) cannot be reviewed; `nil` when it can be read.
    public static func refusal(extension pathExtension: String, isEmpty: Bool) -> LocalizedText? {
        switch pathExtension {
        case "wpt", "dot":
            return LocalizedText(zh: "不支持 .\(pathExtension) 格式，未审查：请另存为 .docx 后再审查",
                                 en: ".\(pathExtension) is not supported, not reviewed: save it as .docx and review that")
        case "pdf", "odt", "ofd", "xls", "xlsx", "dotx":
            return LocalizedText(zh: "不支持 .\(pathExtension) 格式，未审查：请另存为 .docx 或 .txt 后再审查",
                                 en: ".\(pathExtension) is not supported, not reviewed: save it as .docx or .txt and review that")
        default:
            return isEmpty ? LocalizedText(zh: "文件为空，未审查", en: "the file is empty, not reviewed") : nil
        }
    }

    /// Refuses a text with nothing but white space. A scan pasted into Word as pictures, or a
    /// file of only a byte-order mark or blank lines, has no clause to find, and "no
    /// problems" would read as passed.
    public static func requireText(_ extracted: ExtractedText, language: Language) throws {
        guard !extracted.bodyHasText else { return }
        if extracted.text.contains(where: { !$0.isWhitespace }) {
            // Only a header, footer or note has text: a scan with a page-number footer.
            throw Diagnostic.error(LocalizedText(zh: "文件正文中没有文字，只有页眉、页脚或注释（可能是扫描件或仅含图片），未审查",
                                                 en: "the body has no text, only headers, footers or notes (a scan, or pictures only?), not reviewed").text(in: language))
        }
        throw Diagnostic.error(LocalizedText(zh: "文件中没有文字（可能是扫描件或仅含图片），未审查",
                                             en: "the file has no text (a scan, or pictures only?), not reviewed").text(in: language))
    }

    private static func read(_ data: Data, extension pathExtension: String, path: String, includeDeletedText: Bool) throws -> ExtractedText {
        switch pathExtension {
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
    }

    /// - Parameter includeDeletedText: for DOCX, also review text deleted in tracked changes (marked 〔删除：…〕).
    public static func extract(path: String, data: Data, includeDeletedText: Bool = false, language: Language = .zh) throws -> ExtractedText {
        let pathExtension = URL(fileURLWithPath: path).pathExtension.lowercased()
        if let refusal = refusal(extension: pathExtension, isEmpty: data.isEmpty) {
            throw Diagnostic.error(refusal.text(in: language))
        }
        do {
            let extracted = try read(data, extension: pathExtension, path: path, includeDeletedText: includeDeletedText)
            try requireText(extracted, language: language)
            return extracted
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
