/// The text of one `w:p` while it is being read: decoded bytes and where each format starts.
///
/// A paragraph's runs arrive as many small `w:t` elements (Word splits text at every
/// spell-check mark and revision id). Gathering their bytes and making strings once per
/// stretch of equal formatting, when the paragraph closes, checks UTF-8 once and builds
/// one string where appending would have built one per run.
struct DocxParagraphText {
    /// Where the paragraph starts in the part, to place an encoding error.
    let sourceStart: Int
    private var bytes: [UInt8] = []
    private var stretches: [Stretch] = []
    private(set) var hasLineBreak = false
    /// Where the text's stretches are spelled in the part, when the reader records anchors.
    var pieces: [DocxTextPiece] = []
    var anchor = DocxParagraphAnchor(contentStart: 0, contentEnd: 0)

    /// How many decoded bytes the paragraph holds so far.
    var decodedCount: Int { bytes.count }

    /// Where a stretch of one format ends in `bytes` (it starts where the one before ends).
    private struct Stretch {
        var end: Int
        var format: DocxRunFormat
    }

    init(sourceStart: Int) {
        self.sourceStart = sourceStart
    }

    /// Appends the text of `range` in the part, with its entities decoded.
    mutating func append(_ range: Range<Int>, of tokenizer: XMLTokenizer, format: DocxRunFormat) throws {
        guard !range.isEmpty else { return }
        try tokenizer.appendDecodedText(range, to: &bytes)
        close(format)
    }

    /// Appends one ASCII character that a tag stands for (`w:tab`, `w:br`, `w:noBreakHyphen`).
    mutating func append(_ character: UInt8, format: DocxRunFormat) {
        if character == UInt8(ascii: "\n") { hasLineBreak = true }
        bytes.append(character)
        close(format)
    }

    /// Ends the bytes just appended as part of a stretch with `format`.
    private mutating func close(_ format: DocxRunFormat) {
        if let last = stretches.indices.last, stretches[last].format == format {
            stretches[last].end = bytes.count
        } else {
            stretches.append(Stretch(end: bytes.count, format: format))
        }
    }

    /// The stretches as segments, or `nil` when the bytes are not valid UTF-8.
    func segments() -> [DocxSegment]? {
        var segments: [DocxSegment] = []
        segments.reserveCapacity(stretches.count)
        var start = 0
        return bytes.withUnsafeBufferPointer { buffer in
            for stretch in stretches {
                guard let text = String(validating: UnsafeBufferPointer(rebasing: buffer[start ..< stretch.end]), as: UTF8.self) else { return nil }
                segments.append(DocxSegment(text: text, format: stretch.format))
                start = stretch.end
            }
            return segments
        }
    }
}
