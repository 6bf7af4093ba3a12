import Foundation

/// Writes a document's metadata as the front-matter block `MarkdownReader` reads, so that
/// converting a Word file to Markdown and back keeps its title, subject, author, date and language.
///
/// Only what reading the body would not give back is written: a title equal to the one the
/// reader derives (the cover page's, else the first level-1 heading) and the default language
/// `zh-CN` are left out, so an ordinary document gets no block at all. Values are kept on one
/// line (line breaks become spaces, since an entry is one line) and quoted when they begin
/// with a quote mark, which the reader would otherwise take away. A date or language that the
/// reader would refuse is left out rather than written to draw a warning.
enum MarkdownFrontMatterWriter {
    static func block(for metadata: DocumentMetadata, blocks: [Block]) -> String? {
        var entries: [(MetadataField, String)] = []
        if let title = metadata.title, !title.isEmpty, title != MarkdownReader.title(of: blocks) { entries.append((.title, title)) }
        if let subject = metadata.subject, !subject.isEmpty { entries.append((.subject, subject)) }
        if let author = metadata.author, !author.isEmpty { entries.append((.author, author)) }
        if let date = metadata.date, let iso = MetadataField.date.normalized(date) { entries.append((.date, iso)) }
        if metadata.language != DocumentMetadata().language, MetadataField.language.normalized(metadata.language) != nil {
            entries.append((.language, metadata.language))
        }
        guard !entries.isEmpty else { return nil }
        let lines = entries.map { field, value in "\(field.rawValue): \(encoded(value))" }
        return (["---"] + lines + ["---"]).joined(separator: "\n")
    }

    /// `value` on one line, trimmed, and quoted if it starts with a quote mark.
    static func encoded(_ value: String) -> String {
        let oneLine = value.split(whereSeparator: { $0.isNewline }).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        guard let first = oneLine.first, first == "\"" || first == "'" else { return oneLine }
        return "\"" + oneLine + "\""
    }
}
