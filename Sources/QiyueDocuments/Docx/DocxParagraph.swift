/// One `w:p` as read from a part: its text stretches and the properties that decide its role.
struct DocxParagraph: Sendable, Hashable {
    var styleId: String?
    var numId: String?
    var level: Int?
    var outlineLevel: Int?
    var segments: [DocxSegment] = []
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

    /// The text a reader sees: the list label (bullets excepted), a space, and the paragraph text.
    var visibleText: String {
        guard let numberLabel, !isBullet, !numberLabel.isEmpty else { return plainText }
        return numberLabel + (labelHasSeparator ? " " : "") + plainText
    }

    /// Whether a line break (`"\n"`) was appended, so that only such paragraphs are split.
    private(set) var hasLineBreak = false

    mutating func append(_ text: String, format: DocxRunFormat) {
        guard !text.isEmpty else { return }
        if text == "\n" { hasLineBreak = true }
        if let last = segments.indices.last, segments[last].format == format {
            segments[last].text += text
        } else {
            segments.append(DocxSegment(text: text, format: format))
        }
    }

    /// The paragraph's text; deleted stretches (present only on request) are marked 〔删除：…〕.
    var plainText: String {
        var text = ""
        for segment in segments {
            text += segment.format.deleted ? DocxParagraph.deletedPrefix + segment.text + DocxParagraph.deletedSuffix : segment.text
        }
        return text
    }

    static let deletedPrefix = "〔删除："
    static let deletedSuffix = "〕"
}
