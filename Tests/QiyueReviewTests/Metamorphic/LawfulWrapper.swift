/// A rewording that adds lawful-sounding words to a clause without changing what it promises.
///
/// A banned promise stays banned whatever words surround it, and a lawful clause stays lawful
/// under the same words, a line break in the middle of a sentence or full-width digits. The
/// metamorphic suite applies every wrapper to every example and corpus clause and expects the
/// same categories as the clause alone.
struct LawfulWrapper: Sendable {
    let name: String
    /// Whether the wrapper applies only where 甲方 is the government side (it renames 甲方).
    var governmentFirstOnly = false
    let apply: @Sendable (String) -> String

    /// Wrappers that must neither hide a violation nor create one.
    static let all: [LawfulWrapper] = basic + dressings

    /// Lawful words, full-width digits and a line break.
    static let basic: [LawfulWrapper] = [
        LawfulWrapper(name: "prefix") { "在符合法律法规的前提下，" + $0 },
        LawfulWrapper(name: "suffix") { beforeFinalStop($0, insert: "（按照国家有关规定执行）") },
        LawfulWrapper(name: "procedure") { beforeFinalStop($0, insert: "，具体按程序申报办理") },
        LawfulWrapper(name: "after-party") { afterFirstParty($0, insert: "依法") },
        LawfulWrapper(name: "policy-label") { "根据本县招商引资优惠政策，" + $0 },
        LawfulWrapper(name: "full-width-digits") { fullWidthDigits($0) },
        LawfulWrapper(name: "line-break") { breakMidSentence($0) },
    ]

    /// Puts `insert` before the sentence-ending mark that closes the text (or at its end).
    static func beforeFinalStop(_ text: String, insert: String) -> String {
        var body = Substring(text)
        var tail = ""
        while let last = body.last, "。；！？;!? \n".contains(last) {
            tail = String(last) + tail
            body = body.dropLast()
        }
        return body + insert + tail
    }

    /// Puts `insert` right after the first party word that opens a clause's subject, the way
    /// a drafter writes 甲方依法承诺; without a party word the text gets it in front.
    static func afterFirstParty(_ text: String, insert: String) -> String {
        let parties = ["县人民政府", "人民政府", "管委会", "甲方", "乙方", "政府", "我县", "我市", "我区"]
        var best: Range<String.Index>?
        for party in parties {
            var searchStart = text.startIndex
            while let range = text.range(of: party, range: searchStart..<text.endIndex) {
                // Only where the party is followed by a Chinese character that is not a
                // bracket or a possessive (甲方（…）, 甲方的…).
                if let next = text[range.upperBound...].first, next.unicodeScalars.first!.value >= 0x4E00,
                   next.unicodeScalars.first!.value <= 0x9FFF, next != "的", next != "和", next != "与", next != "及", next != "、" {
                    if best == nil || range.lowerBound < best!.lowerBound { best = range }
                    break
                }
                searchStart = range.upperBound
            }
        }
        guard let range = best else { return insert + text }
        return text[..<range.upperBound] + insert + text[range.upperBound...]
    }

    /// Writes ASCII digits and the percent sign full width (０-９, ％), as some drafts do.
    static func fullWidthDigits(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x30...0x39: return Unicode.Scalar(scalar.value - 0x30 + 0xFF10)!
            case 0x25: return "％"
            default: return scalar
            }
        }))
    }

    /// Breaks the longest sentence's line between two Chinese characters near its middle, the
    /// way text pasted from a PDF wraps, keeping the first piece long enough not to read as a
    /// heading.
    static func breakMidSentence(_ text: String) -> String {
        let characters = Array(text)
        // A table row cannot wrap: a break there would make two rows.
        guard characters.count >= 16, !text.contains("|") else { return text }
        func isHan(_ character: Character) -> Bool {
            guard let value = character.unicodeScalars.first?.value else { return false }
            return value >= 0x4E00 && value <= 0x9FFF
        }
        var index = max(13, characters.count / 2)
        while index < characters.count - 2 {
            if isHan(characters[index - 1]), isHan(characters[index]), !characters[..<index].suffix(14).contains("\n") {
                return String(characters[..<index]) + "\n" + String(characters[index...])
            }
            index += 1
        }
        return text
    }
}
