/// Where one stretch of a paragraph's text is spelled in its part: the source anchor a
/// Word comment or tracked change is spliced at.
///
/// The review reports a place as a paragraph and a column; to put a mark there without
/// rewriting the paragraph, the editor needs the bytes behind that column. A piece is the
/// content of one `w:t` (entities still encoded, so a column is found by decoding only that
/// stretch) or one tag that stands for a character (`w:tab`, `w:br`), with the run it sits in.
struct DocxTextPiece: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// The character data of a `w:t`, entities still encoded.
        case text
        /// A tag drawn as one character; `source` is the whole tag.
        case element
    }

    /// The piece's bytes in the paragraph's decoded text (the UTF-8 of its plain text).
    var decoded: Range<Int>
    /// The piece in the part: the encoded text between `<w:t>` and `</w:t>`, or the tag.
    var source: Range<Int>
    var kind: Kind
    /// The `w:t` start tag (for a text piece), which a split may have to mark `xml:space="preserve"`.
    var textTag: Range<Int>
    var run: DocxRunAnchor
}
