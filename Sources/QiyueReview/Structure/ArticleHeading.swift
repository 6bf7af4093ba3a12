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

    /// Recognises a heading at `start` (the first unit of a line) in `units`.
    static func detect(in units: [UInt16], lineStart start: Int, lineEnd end: Int) -> ArticleHeading? {
        var index = start
        // Skip indentation and Markdown markup such as `#`, `**` and `>`.
        while index < end, [0x20, 0x23, 0x2A, 0x3E].contains(units[index]) { index += 1 }
        guard index < end else { return nil }
        let first = units[index]
        func run(from position: Int, _ accept: (UInt16) -> Bool) -> Int {
            var cursor = position
            while cursor < end, accept(units[cursor]) { cursor += 1 }
            return cursor
        }
        func text(_ range: Range<Int>) -> String { String(decoding: units[range], as: UTF16.self) }
        let isDigit: (UInt16) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
        if first == 0x7B2C {  // 第
            let numberEnd = run(from: index + 1) { chineseDigits.contains($0) || isDigit($0) }
            guard numberEnd > index + 1, numberEnd < end else { return nil }
            switch units[numberEnd] {
            case 0x6761: return ArticleHeading(label: text(index..<numberEnd + 1), level: 1, offset: index)  // 条
            case 0x7AE0, 0x8282: return ArticleHeading(label: text(index..<numberEnd + 1), level: 0, offset: index)  // 章 节
            default: return nil
            }
        }
        if chineseDigits.contains(first) {
            let numberEnd = run(from: index) { chineseDigits.contains($0) }
            if numberEnd < end, units[numberEnd] == 0x3001 {  // 、
                return ArticleHeading(label: text(index..<numberEnd + 1), level: 1, offset: index)
            }
            return nil
        }
        if first == 0x28 {  // ( after folding （
            let numberEnd = run(from: index + 1) { chineseDigits.contains($0) || isDigit($0) }
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
