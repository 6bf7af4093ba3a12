/// The text of the RTF paragraph being read, in stretches of one format each.
struct RTFParagraphBuffer {
    private var segments: [DocxSegment] = []
    private var current = ""
    private var currentFormat = DocxRunFormat()
    private var hasLineBreak = false

    var isEmpty: Bool { segments.isEmpty && current.isEmpty }

    /// Appends text in `format`; hidden and deleted text is not what anyone signs, so it is dropped.
    mutating func append(_ text: String, format: DocxRunFormat) {
        guard !text.isEmpty, !format.hidden, !format.deleted else { return }
        if format != currentFormat, !current.isEmpty {
            segments.append(DocxSegment(text: current, format: currentFormat))
            current = ""
        }
        currentFormat = format
        if text.contains("\n") { hasLineBreak = true }
        current += text
    }

    /// The finished paragraph; the buffer starts the next one empty.
    mutating func take(headingLevel: Int?) -> DocxParagraph {
        if !current.isEmpty { segments.append(DocxSegment(text: current, format: currentFormat)) }
        let paragraph = DocxParagraph()
        paragraph.headingLevel = headingLevel
        paragraph.setSegments(segments, hasLineBreak: hasLineBreak)
        self = RTFParagraphBuffer()
        return paragraph
    }
}
