import Foundation
import QiyueCore
import QiyueDocuments

/// Writes rendered Markdown as Markdown, HTML or DOCX, atomically.
///
/// HTML and DOCX go through the Markdown reader and the document writers, so `{.title}`,
/// `{.signature}` and `\pagebreak` become a cover page, a signature table and page breaks.
/// Nothing time-dependent goes into the files: the same project always gives the same bytes,
/// which is what lets the committed examples be checked byte for byte.
struct DraftWriter {
    var format: DraftFormat
    /// The BCP 47 language of the document (`zh-CN`, `en`), for HTML `lang` and DOCX properties.
    var language: String
    /// The document title for the HTML `<title>`, the DOCX properties and the running header.
    var title: String
    /// What the document is about (the project's name), for the DOCX subject and HTML description.
    var subject: String? = nil
    /// Who issues the document (Party A, or the promoting agency), for the DOCX creator and HTML author.
    var author: String? = nil

    func data(for markdown: String) throws -> Data {
        switch format {
        case .markdown:
            return Data(markdown.utf8)
        case .html:
            return Data(HTMLWriter().write(document(markdown)).utf8)
        case .docx:
            return try DocxWriter().write(document(markdown))
        }
    }

    func write(_ markdown: String, to path: String, protecting inputs: OutputGuard, language messages: Language) throws {
        try OutputFile.write(try data(for: markdown), to: path, protecting: inputs, language: messages)
    }

    private func document(_ markdown: String) -> Document {
        var document = MarkdownReader().read(markdown).document
        document.metadata.language = language
        document.metadata.title = title
        // The project's data wins, as `qiyue convert`'s options do; a template's own metadata
        // block still supplies what the project leaves out.
        if let subject, !subject.isEmpty { document.metadata.subject = subject }
        if let author, !author.isEmpty { document.metadata.author = author }
        return document
    }
}
