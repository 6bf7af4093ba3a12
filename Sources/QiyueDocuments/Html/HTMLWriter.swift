import QiyueCore
import Foundation

/// Writes a `Document` as one self-contained HTML file: CSS inline, pictures as `data:` URIs,
/// no scripts and no external requests, so a brochure can be mailed as a single attachment
/// and opened offline.
///
/// Markup is semantic — `<article>`, a `<section>` per heading, `<table>` with `<th>` in a
/// `<thead>` — so screen readers and search engines see the structure, and every piece of
/// text is escaped. Links with a `javascript:` or other scriptable scheme are written as text.
public struct HTMLWriter: Sendable {
    /// The largest page written; writing stops, with an `OutputLimitError`, once it is crossed.
    public var maximumBytes = DocumentLimits.maximumHTMLBytes

    public init() {}

    public func write(_ document: Document) throws -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"\(escape(document.metadata.language))\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<meta name=\"generator\" content=\"Qiyue\">\n"
        html += "<title>\(escape(document.metadata.title ?? ""))</title>\n"
        if let author = document.metadata.author { html += "<meta name=\"author\" content=\"\(escape(author))\">\n" }
        if let subject = document.metadata.subject { html += "<meta name=\"description\" content=\"\(escape(subject))\">\n" }
        if let date = document.metadata.date { html += "<meta name=\"date\" content=\"\(escape(date))\">\n" }
        html += "<style>\n\(HTMLStyleSheet.css)\n"
        if DocumentMetadata.isEnglish(document.metadata.language) {
            html += "@page { @bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); } }\n"
        }
        if case .titlePage? = document.blocks.first {
            // Like the DOCX, a cover page carries no page number.
            html += "@page :first { @bottom-center { content: none; } }\n"
        }
        html += "</style>\n</head>\n<body>\n<article>\n"
        var body = HTMLBodyWriter()
        body.maximumBytes = maximumBytes - html.utf8.count
        body.write(document.blocks)
        guard !body.isFull else { throw OutputLimitError(format: "HTML", limit: maximumBytes) }
        html += body.html
        html += "</article>\n</body>\n</html>\n"
        guard html.utf8.count <= maximumBytes else { throw OutputLimitError(format: "HTML", limit: maximumBytes) }
        return html
    }

    private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
