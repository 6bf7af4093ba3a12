/// A numbered heading at the start of a line: 第X章, 第X条, 一、, （一）, 1., 1.1, (1).
///
/// Findings name the article they are in (`第五条`, `第五条（二）`), which is how a
/// reviewer refers to a clause in a review opinion.
public struct ArticleHeading: Sendable, Hashable {
    /// The heading as the reader would cite it, in full-width form: `第五条`, `（二）`, `1.1`.
    public var label: String
    /// 0 for chapters and sections, 1 for articles (第X条, 一、), 2 for items.
    public var level: Int
    /// The unit offset where the heading starts.
    public var offset: Int

    static let chineseDigits: Set<UInt16> = Set("零〇一二两三四五六七八九十百千".utf16)

    /// Whether `unit` is one of `chineseDigits`, by comparison: every line of a document is
    /// tried for a heading, and hashing its first unit cost more than the rest of the test.
    @inline(__always)
    static func isChineseDigit(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x96F6, 0x3007, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343: return true
        default: return false
        }
    }

    /// Indentation and Markdown markup before a heading: space, `#`, `*` and `>`.
    @inline(__always)
    static func isLeadingMarkup(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x23 || unit == 0x2A || unit == 0x3E }

    /// Recognises a heading at `start` (the first unit of a line) in `units`.
    static func detect(in units: [UInt16], lineStart start: Int, lineEnd end: Int) -> ArticleHeading? {
        var index = start
        // Skip indentation and Markdown markup such as `#`, `**` and `>`.
        while index < end, isLeadingMarkup(units[index]) { index += 1 }
        guard index < end else { return nil }
        let first = units[index]
        func run(from position: Int, _ accept: (UInt16) -> Bool) -> Int {
            var cursor = position
            while cursor < end, accept(units[cursor]) { cursor += 1 }
            return cursor
        }
        // Labels are made for every heading line; the generic UTF-16 decoding cost far more
        // than finding the heading.
        func text(_ range: Range<Int>) -> String { NormalizedText.string(of: units[range]) }
        let isDigit: (UInt16) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
        if first == 0x7B2C {  // 第
            let numberEnd = run(from: index + 1) { isChineseDigit($0) || isDigit($0) }
            guard numberEnd > index + 1, numberEnd < end else { return nil }
            switch units[numberEnd] {
            case 0x6761: return ArticleHeading(label: text(index..<numberEnd + 1), level: 1, offset: index)  // 条
            case 0x7AE0, 0x8282: return ArticleHeading(label: text(index..<numberEnd + 1), level: 0, offset: index)  // 章 节
            default: return nil
            }
        }
        if isChineseDigit(first) {
            let numberEnd = run(from: index) { isChineseDigit($0) }
            if numberEnd < end, units[numberEnd] == 0x3001 {  // 、
                return ArticleHeading(label: text(index..<numberEnd + 1), level: 1, offset: index)
            }
            return nil
        }
        if first == 0x28 {  // ( after folding （
            let numberEnd = run(from: index + 1) { isChineseDigit($0) || isDigit($0) }
            if numberEnd > index + 1, numberEnd < end, units[numberEnd] == 0x29 {
                return ArticleHeading(label: "（" + text(index + 1..<numberEnd) + "）", level: 2, offset: index)
            }
            return nil
        }
        if isDigit(first) {
            var numberEnd = run(from: index, isDigit)
            // 1.1 or 1.1.2; a bare 1. or 1、 must be followed by something other than a digit.
            while numberEnd + 1 < end, units[numberEnd] == 0x2E, isDigit(units[numberEnd + 1]) {
                numberEnd = run(from: numberEnd + 1, isDigit)
            }
            let label = text(index..<numberEnd)
            if label.contains(".") { return ArticleHeading(label: label, level: 2, offset: index) }
            if numberEnd < end, units[numberEnd] == 0x2E || units[numberEnd] == 0x3001 {
                if numberEnd + 1 < end, isDigit(units[numberEnd + 1]) { return nil }
                return ArticleHeading(label: label + ".", level: 2, offset: index)
            }
        }
        return nil
    }
}
