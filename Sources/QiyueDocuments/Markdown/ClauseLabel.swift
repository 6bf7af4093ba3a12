import Foundation

/// Recognises the visible numbers of Chinese contract clauses at the start of a paragraph.
///
/// `第五条`, `第十二条` and `第 3 条` open an article; `（一）`, `(二)` and `（3）` open an item within
/// one. Agreements written in Markdown rarely mark these up, so the reader finds them in the
/// text: that is what lets a writer style articles consistently and a reviewer cite "第五条".
/// An article label must be followed by a space, a colon or the end of the text, so that a
/// sentence opening with a reference (`第三条的规定…`) is not taken for article three.
public enum ClauseLabel {
    /// Whether `character` is a Chinese or ASCII numeral; compares scalars, not Characters,
    /// because this runs on the first characters of every paragraph.
    static func isNumeral(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first?.value, character.unicodeScalars.count == 1 else { return false }
        return isNumeralScalar(scalar)
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
        var digits = 0
        var byteCount = 3
        var hasSpace = false
        while let scalar = scalars.next(), digits <= 8 {
            byteCount += UTF8.width(scalar)
            if isNumeralScalar(scalar.value) {
                digits += 1
            } else if scalar == " " {
                hasSpace = true
            } else if scalar == "条", digits > 0, digits <= 8 {
                // The label is the text so far; only ASCII spaces (`第 3 条`) are taken out of it.
                let end = text.utf8.index(text.startIndex, offsetBy: byteCount)
                let label = hasSpace ? String(String.UnicodeScalarView(text[..<end].unicodeScalars.filter { $0 != " " })) : String(text[..<end])
                guard let separator = scalars.next() else { return (label, text[text.endIndex...]) }
                guard isArticleSeparator(separator.value) else { return nil }
                if let following = scalars.next(), following.value >= 0x300, !(0x4E00...0x9FFF).contains(following.value) { return nil }
                return (label, text[end...])
            } else {
                return nil
            }
        }
        return nil
    }

    /// A Chinese numeral (零〇一二两三四五六七八九十百千) or an ASCII digit, decided by a switch rather than
    /// a set lookup: this runs on the first characters of every paragraph of a long document.
    static func isNumeralScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x30 ... 0x39: return true
        // 零 〇 一 二 两 三 四 五 六 七 八 九 十 百 千
        case 0x96F6, 0x3007, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343: return true
        default: return false
        }
    }

    /// What may follow an article label: a space, an ideographic space, a tab, a colon, 、 or a full stop.
    private static func isArticleSeparator(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x3000, 0x09, 0xFF1A, 0x3A, 0x3001, 0xFF0E, 0x2E: return true
        default: return false
        }
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
