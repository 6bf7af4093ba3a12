/// A document independent of its file format: what the Markdown reader produces and
/// what the DOCX, HTML, Markdown and plain-text writers consume.
///
/// Keeping one model means every input format reaches every output format through the
/// same path, and a fix in one writer cannot drift from what the others show.
public struct Document: Sendable, Hashable {
    public var metadata: DocumentMetadata
    public var blocks: [Block]

    public init(metadata: DocumentMetadata = DocumentMetadata(), blocks: [Block] = []) {
        self.metadata = metadata
        self.blocks = blocks
    }
}

/// Properties written into a file's metadata (DOCX core properties, HTML `<head>`).
public struct DocumentMetadata: Sendable, Hashable {
    public var title: String?
    public var subject: String?
    public var author: String?
    /// An ISO date (`2025-03-08`).
    public var date: String?
    /// A BCP 47 tag such as `zh-CN` or `en`.
    public var language: String
    /// The running header of a paged document, when it should be shorter than the title (a
    /// bilingual title `中文名 / English name` would wrap in the header's one line).
    public var runningHeader: String?

    /// Whether a BCP 47 tag names English (`en`, `en-GB`), for the few words a writer adds itself, such as page footers.
    public static func isEnglish(_ language: String) -> Bool {
        let tag = language.lowercased()
        return tag == "en" || tag.hasPrefix("en-")
    }

    public init(title: String? = nil, subject: String? = nil, author: String? = nil, date: String? = nil, language: String = "zh-CN") {
        self.title = title
        self.subject = subject
        self.author = author
        self.date = date
        self.language = language
    }
}
