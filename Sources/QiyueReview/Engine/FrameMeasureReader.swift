/// Finds how much a promise gives in a clause: a share (80%, 百分之七十, 八成, 七折, 一半), a whole (全额,
/// 等额, 如数), a difference (差额, 不足部分), an excess (超出部分) or an amount of money.
///
/// It reads the normalised units directly: it runs for every finding and for every rule with
/// a share condition, so it must not build strings or call Foundation's search.
enum FrameMeasureReader {
    static let wholes = words(["全额", "等额", "如数", "全部", "全免"])
    static let differences = words(["差额", "不足部分", "差价", "缺口"])
    static let excesses = words(["超出部分", "超出额", "超过部分", "多出部分"])
    static let halves = words(["一半", "减半", "半数"])
    static let chineseDigits: [UInt16: Double] = Dictionary(uniqueKeysWithValues: zip("一二两三四五六七八九".utf16, [1, 2, 2, 3, 4, 5, 6, 7, 8, 9]))
    static let percent: UInt16 = 0x25
    static let tenths: Set<UInt16> = Set("成折".utf16)
    static let amountUnits: Set<UInt16> = Set("0123456789.,万亿十百千零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖拾佰仟".utf16)

    static func words(_ list: [String]) -> [[UInt16]] { list.map { Array($0.utf16) } }

    static func measure(in units: ArraySlice<UInt16>) -> FrameMeasure? {
        let start = units.startIndex, end = units.endIndex
        func text(_ range: Range<Int>) -> String { NormalizedText.string(of: units[range]) }
        func isDigit(_ unit: UInt16) -> Bool { (unit >= 0x30 && unit <= 0x39) || unit == 0x2E }
        // A percentage: digits (with a point) before %.
        if let sign = units.firstIndex(of: percent) {
            var first = sign
            while first > start, isDigit(units[first - 1]) { first -= 1 }
            if first < sign, let value = Double(text(first..<sign)) {
                return FrameMeasure(text: text(first..<(sign + 1)), kind: .share, value: value / 100)
            }
        }
        if let share = writtenPercentage(in: units) { return share }
        var index = start + 1
        while index < end {
            if tenths.contains(units[index]), let digit = chineseDigits[units[index - 1]] {
                return FrameMeasure(text: text((index - 1)..<(index + 1)), kind: .share, value: digit / 10)
            }
            index += 1
        }
        for (list, kind, value) in [(excesses, FrameMeasure.Kind.excess, nil), (differences, .difference, nil), (wholes, .whole, 1.0), (halves, .share, 0.5)] as [([[UInt16]], FrameMeasure.Kind, Double?)] {
            for word in list where contains(word, in: units) {
                return FrameMeasure(text: String(decoding: word, as: UTF16.self), kind: kind, value: value)
            }
        }
        if AmountParser.containsAmount(units), let yuan = units.firstIndex(of: AmountParser.yuan) {
            var first = yuan
            while first > start, amountUnits.contains(units[first - 1]) { first -= 1 }
            let written = text(first..<(yuan + 1))
            return FrameMeasure(text: written, kind: .amount, value: AmountParser.amounts(in: written).first)
        }
        return nil
    }

    static let percentWord: [UInt16] = Array("百分之".utf16)
    static let numeralUnits: Set<UInt16> = Set("0123456789.零〇一二两三四五六七八九十百点".utf16)

    /// A percentage written out (百分之七十, 百分之一百, 百分之七十五, 百分之70): contracts spell
    /// shares in words as often as with %, and the share is the same promise either way.
    static func writtenPercentage(in units: ArraySlice<UInt16>) -> FrameMeasure? {
        guard units.count > percentWord.count else { return nil }
        var index = units.startIndex
        while index + percentWord.count < units.endIndex {
            defer { index += 1 }
            guard units[index] == percentWord[0], units[index..<(index + percentWord.count)].elementsEqual(percentWord) else { continue }
            let first = index + percentWord.count
            var last = first
            while last < units.endIndex, last - first < 8, numeralUnits.contains(units[last]) { last += 1 }
            guard last > first, let value = numeral(units[first..<last]) else { continue }
            return FrameMeasure(text: String(decoding: units[index..<last], as: UTF16.self), kind: .share, value: value / 100)
        }
        return nil
    }

    /// The value of a numeral of up to three digits in Chinese or Arabic figures, with an
    /// optional decimal part (七十五, 一百, 十, 七十点五, 70.5).
    static func numeral(_ units: ArraySlice<UInt16>) -> Double? {
        let text = String(decoding: units, as: UTF16.self)
        if let arabic = Double(text) { return arabic }
        let parts = text.split(separator: "点", maxSplits: 1, omittingEmptySubsequences: false)
        var whole = 0.0, pending = 0.0, sawDigit = false
        for character in parts[0] {
            if let digit = chineseDigits[character.utf16.first!] ?? (character == "零" || character == "〇" ? 0 : nil) {
                pending = digit
                sawDigit = true
            } else if character == "十" {
                whole += (sawDigit ? pending : 1) * 10
                pending = 0
                sawDigit = false
            } else if character == "百" {
                whole += (sawDigit ? pending : 1) * 100
                pending = 0
                sawDigit = false
            } else {
                return nil
            }
        }
        var value = whole + pending
        if parts.count == 2 {
            var scale = 0.1
            for character in parts[1] {
                guard let digit = chineseDigits[character.utf16.first!] ?? (character == "零" || character == "〇" ? 0 : nil) else { return nil }
                value += digit * scale
                scale /= 10
            }
        }
        return value
    }

    static func contains(_ word: [UInt16], in units: ArraySlice<UInt16>) -> Bool {
        guard let first = word.first, units.count >= word.count else { return false }
        var index = units.startIndex
        let last = units.endIndex - word.count
        while index <= last {
            if units[index] == first, units[index..<(index + word.count)].elementsEqual(word) { return true }
            index += 1
        }
        return false
    }
}
