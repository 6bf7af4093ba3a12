import QiyueReview

/// The excerpt of a finding split around its span, so a writer can mark the words that
/// triggered it without knowing how the excerpt was cut.
///
/// The excerpt is a piece of the finding's source line, and the span is given as a column
/// and length in that line; the split finds the excerpt's place in the line that holds the
/// span. When the span lies outside the excerpt (a document-level finding on the title),
/// nothing is marked.
public struct HighlightedExcerpt: Sendable, Hashable {
    public var before: String
    public var marked: String
    public var after: String

    public init(before: String, marked: String, after: String) {
        self.before = before
        self.marked = marked
        self.after = after
    }

    init(_ finding: Finding) {
        let line = Array(finding.sourceLine)
        let excerpt = Array(finding.excerpt)
        let spanStart = finding.sourceColumn - 1
        let spanEnd = spanStart + max(1, finding.sourceLength)
        guard !excerpt.isEmpty, spanStart >= 0, spanEnd <= line.count,
              let offset = Self.offset(of: excerpt, in: line, covering: spanStart) else {
            self.init(before: finding.excerpt, marked: "", after: "")
            return
        }
        let start = max(spanStart - offset, 0), end = min(spanEnd - offset, excerpt.count)
        guard start < end else {
            self.init(before: finding.excerpt, marked: "", after: "")
            return
        }
        self.init(before: String(excerpt[..<start]), marked: String(excerpt[start..<end]), after: String(excerpt[end...]))
    }

    /// Where `excerpt` occurs in `line` so that it contains the character at `position`.
    static func offset(of excerpt: [Character], in line: [Character], covering position: Int) -> Int? {
        guard excerpt.count <= line.count else { return nil }
        let first = max(0, position - excerpt.count + 1), last = min(position, line.count - excerpt.count)
        guard first <= last else { return nil }
        for offset in first...last where line[offset..<(offset + excerpt.count)].elementsEqual(excerpt) {
            return offset
        }
        return nil
    }

    public var text: String { before + marked + after }
}
