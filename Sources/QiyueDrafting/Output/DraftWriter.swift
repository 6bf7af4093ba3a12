import Foundation
import QiyueCore
import QiyueDocuments

/// Writes rendered Markdown as Markdown, HTML or DOCX, atomically.
///
/// HTML and DOCX go through the Markdown reader and the document writers, so `{.title}`,
/// `{.signature}` and `\pagebreak` become a cover page, a signature table and page breaks.
/// Nothing time-dependent goes into the files: the same project always gives the same bytes,
/// which is what lets the committed examples be checked byte for byte.
public struct DraftWriter: Sendable {
    public var format: DraftFormat
    /// The BCP 47 language of the document (`zh-CN`, `en`), for HTML `lang` and DOCX properties.
    public var language: String
    /// The document title for the HTML `<title>`, the DOCX properties and the running header.
    public var title: String
    /// What the document is about (the project's name), for the DOCX subject and HTML description.
    public var subject: String? = nil
    /// Who issues the document (Party A, or the promoting agency), for the DOCX creator and HTML author.
    public var author: String? = nil
    /// The Word layout (`--style official`: GB/T 9704); HTML and Markdown have one layout.
    public var style: DocxStyle = .standard
    /// The running header when it should be shorter than `title` (the brochure's).
    public var runningHeader: String? = nil
    /// Where the pictures the Markdown names are read from (the project file's directory), or
    /// `nil` for a document without pictures.
    public var imageDirectory: URL? = nil
    /// The largest HTML page written (`OutputLimitError` beyond it).
    public var maximumHTMLBytes = DocumentLimits.maximumHTMLBytes

    public init(format: DraftFormat, language: String, title: String, subject: String? = nil, author: String? = nil, style: DocxStyle = .standard) {
        self.format = format
        self.style = style
        self.language = language
        self.title = title
        self.subject = subject
        self.author = author
    }

    /// The bytes of the document in the output format: what is reviewed and what is written.
    public func data(for markdown: String) throws -> Data {
        switch format {
        case .markdown:
            return Data(markdown.utf8)
        case .html:
            var writer = HTMLWriter()
            writer.maximumBytes = maximumHTMLBytes
            return Data(try writer.write(try document(markdown)).utf8)
        case .docx:
            return try DocxWriter(style: style).write(try document(markdown))
        }
    }

    /// Writes `bytes` (made by `data(for:)`) to `path` atomically.
    /// The destination is checked again at the moment of writing, because the file system may
    /// have changed since the command checked it.
    public static func write(_ bytes: Data, to path: String, protecting inputs: OutputGuard = OutputGuard(), language messages: Language) throws {
        try Self.checkDestination(path, language: messages)
        do {
            try AtomicFile.write(bytes, to: path, protecting: inputs)
        } catch let AtomicFile.WriteError.cannotWrite(_, reason) {
            throw Diagnostic.error(messages == .zh ? "无法写入 \(path)：\(reason)" : "cannot write \(path): \(reason)")
        } catch AtomicFile.WriteError.wouldReplaceInput {
            throw Diagnostic.error(messages == .zh ? "输出文件与输入文件相同：\(path)；不会覆盖输入" : "the output is the input file: \(path); refusing to overwrite it")
        }
    }

    /// Fails early, before any rendering, when the output's directory does not exist: the
    /// commonest reason a write fails, said in words rather than as a system error.
    public static func checkDestination(_ path: String, language: Language) throws {
        let parent = (path as NSString).deletingLastPathComponent
        let directory = parent.isEmpty ? "." : parent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic.error(language == .zh ? "无法写入 \(path)：目录 \(directory) 不存在" : "cannot write \(path): directory \(directory) does not exist")
        }
    }

    private func document(_ markdown: String) throws -> Document {
        let read = MarkdownReader(baseDirectory: imageDirectory).read(markdown)
        // A table beyond the writers' limits is left out of the document: write nothing then.
        if var error = read.diagnostics.first(where: { $0.severity == .error }) {
            error.location = nil
            throw error
        }
        var document = read.document
        document.metadata.language = language
        document.metadata.title = title
        document.metadata.runningHeader = runningHeader
        // The project's data wins, as `qiyue convert`'s options do; a template's own metadata
        // block still supplies what the project leaves out.
        if let subject, !subject.isEmpty { document.metadata.subject = subject }
        if let author, !author.isEmpty { document.metadata.author = author }
        return document
    }
}
