/// The formatting of a stretch of text in a paragraph, as far as the document model shows it.
///
/// Two adjacent runs with equal formats are one stretch: that is how a word split across
/// runs (by spell-checking marks or revision ids) becomes one word again.
struct DocxRunFormat: Sendable, Hashable {
    var bold = false
    var italic = false
    var underline = false
    var superscript = false
    /// Hidden text (`w:vanish`) is not part of what anyone reads or signs, so it is dropped.
    var hidden = false
    /// Text deleted in a tracked change, kept only when the reader is asked to include it.
    var deleted = false
    /// The target of the enclosing hyperlink, if any.
    var link: String?
}
