/// One `w:p` as read from a part: its text stretches and the properties that decide its role.
///
/// A class, not a struct: a paragraph passes from the part reader through the numbering
/// resolver to both the review-text and the document assemblers, and copying twenty-odd
/// fields (eight of them reference-counted) at each step cost more than reading the XML.
/// Only the reader's own pipeline holds it, one stage after another.
final class DocxParagraph {
    var styleId: String?
    var numId: String?
    var level: Int?
    var outlineLevel: Int?
    /// A `w:br w:type="page"` appeared in the paragraph.
    var hasPageBreak = false
    /// The visible list label (`第五条`, `（一）`, `1.2`), filled in by `DocxParagraphResolver`.
    var numberLabel: String?
    /// The list level the label belongs to (0 = top).
    var listLevel = 0
    var isBullet = false
    /// The counter value at the label's level (3 for the third item), for list start numbers.
    var listValue = 1
    /// The `w:numFmt` of the label's level, e.g. `decimal`, `chineseCounting`.
    var listFormat = ""
    /// Pictures drawn in the paragraph (`w:drawing`), in order.
    var imageReferences: [DocxImageReference] = []
    /// The pictures, loaded from the package by the reader.
    var images: [Image] = []
    /// The paragraph's role on a cover page, from its style (`Title`, `Subtitle`, `Title Page Line`).
    var titleRole: DocxTitleRole?
    /// The paragraph's style is Word's `Signature`.
    var isSignature = false
    /// The paragraph's style is a quotation style (`Quote`, `引用`).
    var isQuote = false
    /// The paragraph's style is Word's `List Paragraph`: unnumbered, it continues the list item above.
    var isListContinuation = false
    /// A bottom border in the paragraph properties: an empty one is Word's horizontal rule.
    var hasBottomBorder = false
    /// Whether the label is followed by a separator (`w:suff` other than `nothing`).
    var labelHasSeparator = true
    /// The heading level (1-based) from the paragraph's style or outline level.
    var headingLevel: Int?

    /// The paragraph's text; deleted stretches (present only on request) are marked 〔删除：…〕.
    private(set) var plainText = ""
    /// Whether the text holds a line break (`"\n"`), so that only such paragraphs are split.
    private(set) var hasLineBreak = false

    /// The text stretches of the paragraph, in order.
    private(set) var segments: [DocxSegment] = []
    /// Where the text is spelled in the part (empty unless the reader was asked to record anchors).
    var pieces: [DocxTextPiece] = []
    /// Where the paragraph's content starts and ends in the part (zero unless recorded).
    var anchor = DocxParagraphAnchor(contentStart: 0, contentEnd: 0)

    /// Sets the paragraph's text once it has been read; `hasLineBreak` is known to the
    /// reader, which saw the `w:br`, so the text need not be searched for one.
    func setSegments(_ segments: [DocxSegment], hasLineBreak: Bool) {
        self.segments = segments
        self.hasLineBreak = hasLineBreak
        plainText = Self.plainText(of: segments)
    }

    /// The text a reader sees: the list label (bullets excepted), a space, and the paragraph text.
    var visibleText: String {
        guard let numberLabel, !isBullet, !numberLabel.isEmpty else { return plainText }
        return numberLabel + (labelHasSeparator ? " " : "") + plainText
    }

    /// How many characters of `visibleText` Word draws as the list label rather than holding as text.
    var labelLength: Int {
        guard let numberLabel, !isBullet, !numberLabel.isEmpty else { return 0 }
        return numberLabel.count + (labelHasSeparator ? 1 : 0)
    }

    private static func plainText(of segments: [DocxSegment]) -> String {
        if segments.count == 1, !segments[0].format.deleted { return segments[0].text }
        var text = ""
        for segment in segments {
            if segment.format.deleted {
                text += deletedPrefix + segment.text + deletedSuffix
            } else {
                text += segment.text
            }
        }
        return text
    }

    static let deletedPrefix = "〔删除："
    static let deletedSuffix = "〕"
}
