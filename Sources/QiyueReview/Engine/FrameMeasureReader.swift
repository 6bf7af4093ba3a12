/// Finds how much a promise gives in a clause: a share (80%, 八成, 七折, 一半), a whole (全额,
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
        func text(_ range: Range<Int>) -> String { String(decoding: units[range], as: UTF16.self) }
        func isDigit(_ unit: UInt16) -> Bool { (unit >= 0x30 && unit <= 0x39) || unit == 0x2E }
        // A percentage: digits (with a point) before %.
        if let sign = units.firstIndex(of: percent) {
            var first = sign
            while first > start, isDigit(units[first - 1]) { first -= 1 }
            if first < sign, let value = Double(text(first..<sign)) {
                return FrameMeasure(text: text(first..<(sign + 1)), kind: .share, value: value / 100)
            }
        }
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
