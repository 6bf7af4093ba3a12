/// How large a document the writers are asked to produce.
///
/// Our own readers refuse a ZIP part above 128 MiB (`ZipLimits`), so a writer that built a
/// larger `word/document.xml` would spend gigabytes on a file no reader of ours takes back.
/// The limits here are checked where the work starts: a Markdown table is measured before its
/// cells are split, and the Word body writer stops as soon as its part crosses the limit.
public enum DocumentLimits {
    /// The most columns a table may have: Word's own limit (a 64th column is not laid out).
    public static let maximumTableColumns = 63
    /// The most cells one table may have (header included); about 64 MiB of Word markup.
    public static let maximumTableCells = 250_000
    /// The largest part a writer produces, in bytes: what `ZipLimits.default` reads back.
    public static let maximumPartBytes = ZipLimits.default.maximumEntryUncompressedSize
    /// The largest HTML page a writer produces, in bytes: as large as the largest Word body.
    /// Escaping makes a page up to five times its text, so the read limits alone do not bound it.
    public static let maximumHTMLBytes = maximumPartBytes
    /// The largest picture a document embeds, in bytes: a Markdown image beyond it stays text,
    /// and a project picture beyond it is refused before drafting.
    public static let maximumImageBytes = 32 << 20
}
