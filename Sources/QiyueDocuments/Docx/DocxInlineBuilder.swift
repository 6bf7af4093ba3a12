/// Converts a paragraph's formatted text stretches into the model's inline elements.
enum DocxInlineBuilder {
    /// - Parameter hasLineBreaks: whether any segment contains `"\n"`; when not, no text is searched for one.
    static func inlines(_ segments: [DocxSegment], hasLineBreaks: Bool = true) -> [Inline] {
        var result: [Inline] = []
        var index = 0
        while index < segments.count {
            guard let link = segments[index].format.link else {
                result += inlines(of: segments[index], hasLineBreaks: hasLineBreaks)
                index += 1
                continue
            }
            var content: [Inline] = []
            while index < segments.count, segments[index].format.link == link {
                content += inlines(of: segments[index], hasLineBreaks: hasLineBreaks)
                index += 1
            }
            result.append(.link(url: link, content: content))
        }
        return result
    }

    private static func inlines(of segment: DocxSegment, hasLineBreaks: Bool) -> [Inline] {
        let text = segment.format.deleted ? DocxParagraph.deletedPrefix + segment.text + DocxParagraph.deletedSuffix : segment.text
        var pieces: [Inline] = []
        if !hasLineBreaks {
            pieces = [.text(text)]
        } else {
            for (offset, piece) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if offset > 0 { pieces.append(.lineBreak) }
                if !piece.isEmpty { pieces.append(.text(String(piece))) }
            }
        }
        let format = segment.format
        if format.superscript { pieces = [.superscript(pieces)] }
        if format.underline { pieces = [.underline(pieces)] }
        if format.italic { pieces = [.italic(pieces)] }
        if format.bold { pieces = [.bold(pieces)] }
        return pieces
    }
}
