import Foundation

/// Recognises the visible numbers of Chinese contract clauses at the start of a paragraph.
///
/// `第五条`, `第十二条` and `第 3 条` open an article; `（一）`, `(二)` and `（3）` open an item within
/// one. Agreements written in Markdown rarely mark these up, so the reader finds them in the
/// text: that is what lets a writer style articles consistently and a reviewer cite "第五条".
/// An article label must be followed by a space, a colon or the end of the text, so that a
/// sentence opening with a reference (`第三条的规定…`) is not taken for article three.
public enum ClauseLabel {
    static let chineseNumerals: Set<UInt32> = Set("零〇一二两三四五六七八九十百千".unicodeScalars.map(\.value))

    /// Whether `character` is a Chinese or ASCII numeral; compares scalars, not Characters,
    /// because this runs on the first characters of every paragraph.
    static func isNumeral(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first?.value, character.unicodeScalars.count == 1 else { return false }
        return chineseNumerals.contains(scalar) || (0x30...0x39).contains(scalar)
    }

    /// The article label (`第五条`) at the start of `text` and the text after it, if any.
    public static func article<S: StringProtocol>(in text: S) -> (label: String, rest: S.SubSequence)? {
        if let found = asciiSpacedArticle(in: text) { return found }
        guard text.first == "第" else { return nil }
        var index = text.index(after: text.startIndex)
        var digits = 0
        while index < text.endIndex, digits <= 8 {
            let character = text[index]
            if isNumeral(character) {
                digits += 1
            } else if character != " " {
                break
            }
            index = text.index(after: index)
        }
        guard digits > 0, digits <= 8, index < text.endIndex, text[index] == "条" else { return nil }
        let end = text.index(after: index)
        if end < text.endIndex, !" \u{3000}\t：:、．.".contains(text[end]) { return nil }
        let label = String(text[..<end].filter { $0 != " " })
        return (label, text[end...])
    }

    /// The common case of `article(in:)` read from UTF-8 bytes, without grapheme breaking:
    /// `第`, numerals or ASCII spaces, `条`, then a separator and a character that cannot join
    /// it into a longer grapheme (ASCII, a CJK ideograph, or the end). Anything else answers
    /// `nil` and `article(in:)` takes the exact Character path, so the results never differ.
    private static func asciiSpacedArticle<S: StringProtocol>(in text: S) -> (label: String, rest: S.SubSequence)? {
        var scalars = text.unicodeScalars.makeIterator()
        guard scalars.next() == "第" else { return nil }
        var label = "第"
        var digits = 0
        var byteCount = 3
        while let scalar = scalars.next(), digits <= 8 {
            byteCount += UTF8.width(scalar)
            if chineseNumerals.contains(scalar.value) || (0x30...0x39).contains(scalar.value) {
                digits += 1
                label.unicodeScalars.append(scalar)
            } else if scalar == " " {
                continue
            } else if scalar == "条", digits > 0, digits <= 8 {
                label.unicodeScalars.append(scalar)
                guard let separator = scalars.next() else { return (label, text[text.endIndex...]) }
                guard " \u{3000}\t：:、．.".unicodeScalars.contains(separator) else { return nil }
                if let following = scalars.next(), following.value >= 0x300, !(0x4E00...0x9FFF).contains(following.value) { return nil }
                return (label, text[text.utf8.index(text.startIndex, offsetBy: byteCount)...])
            } else {
                return nil
            }
        }
        return nil
    }

    /// The item label (`（一）`) at the start of `text` and the text after it, if any.
    public static func item<S: StringProtocol>(in text: S) -> (label: String, rest: S.SubSequence)? {
        guard let open = text.first, open == "（" || open == "(" else { return nil }
        var index = text.index(after: text.startIndex)
        var digits = 0
        while index < text.endIndex, digits <= 4, isNumeral(text[index]) {
            digits += 1
            index = text.index(after: index)
        }
        guard digits > 0, digits <= 4, index < text.endIndex, text[index] == "）" || text[index] == ")" else { return nil }
        let end = text.index(after: index)
        return (String(text[..<end]), text[end...])
    }

    /// What separates a label from its text when a writer joins them: a full-width space after
    /// an article label (`第五条　…`), nothing after an item label (`（一）…`) or before text that
    /// opens with punctuation (`第五条：…`), as drafted by hand.
    public static func separator(after label: String, before content: [Inline]) -> String {
        guard let first = content.plainText.first, !MarkdownCharacterClass.isPunctuation(first) else { return "" }
        return article(in: label) != nil ? "\u{3000}" : ""
    }
}
