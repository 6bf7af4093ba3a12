/// Finds amounts of money in text written with Arabic or Chinese numerals.
///
/// 八万元, 8万元, 80,000元 and 捌万元整 are the same amount; a rule that needs a stated price
/// (a promised land price) must see all of them, and reports carry the value in yuan.
public enum AmountParser {
    static let digitValues: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
        "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
    ]
    static let smallUnits: [Character: Int] = ["十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000]
    static let largeUnits: [Character: Double] = ["万": 10_000, "亿": 100_000_000]

    /// Whether normalised text states an amount of money: a digit (Arabic or Chinese) right
    /// before 元 or before 万元/亿元. A single pass over the units, without building strings.
    public static func containsAmount(_ units: ArraySlice<UInt16>) -> Bool {
        var previous: UInt16 = 0, beforePrevious: UInt16 = 0
        for unit in units {
            if unit == yuan {
                if isDigitUnit(previous) || ((previous == wan || previous == yi) && isDigitUnit(beforePrevious)) { return true }
            }
            beforePrevious = previous
            previous = unit
        }
        return false
    }

    static let yuan = "元".utf16.first!
    static let wan = "万".utf16.first!
    static let yi = "亿".utf16.first!
    static let digitUnits: Set<UInt16> = Set("0123456789零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟".utf16)

    static func isDigitUnit(_ unit: UInt16) -> Bool { digitUnits.contains(unit) }

    /// Every amount followed by 元 in `text`, in yuan, in order.
    public static func amounts(in text: String) -> [Double] {
        // Splitting into characters is the costly part; a text without 元 has no amount.
        guard text.unicodeScalars.contains("元") else { return [] }
        let characters = Array(text)
        var result: [Double] = []
        var index = 0
        while index < characters.count {
            guard characters[index] == "元" else { index += 1; continue }
            // Walk back over the number and its 万/亿 multipliers.
            var start = index
            while start > 0, isNumberCharacter(characters[start - 1]) { start -= 1 }
            if start < index, let value = value(of: String(characters[start..<index])) { result.append(value) }
            index += 1
        }
        return result
    }

    static func isNumberCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isNumber || character == "." || character == ",")
            || digitValues[character] != nil || smallUnits[character] != nil || largeUnits[character] != nil
    }

    /// The value of `8`, `80,000`, `8.5万`, `八万`, `一百二十万`, `壹佰万` and mixes like `3千万`.
    public static func value(of text: String) -> Double? {
        let cleaned = text.filter { $0 != "," }
        guard !cleaned.isEmpty else { return nil }
        var total: Double = 0      // completed 亿 and 万 sections
        var section: Double = 0    // the part below the current 万/亿
        var digits = ""            // a pending Arabic or Chinese digit run
        var sawAnything = false
        func pendingNumber() -> Double? {
            if digits.isEmpty { return nil }
            if let arabic = Double(digits) { return arabic }
            return nil
        }
        for character in cleaned {
            if character.isASCII, character.isNumber || character == "." {
                digits.append(character)
            } else if let digit = digitValues[character] {
                digits += String(digit)
            } else if let unit = smallUnits[character] {
                let number = pendingNumber() ?? 1
                section += number * Double(unit)
                digits = ""
            } else if let unit = largeUnits[character] {
                section += pendingNumber() ?? 0
                digits = ""
                if section == 0 { section = 1 }
                if unit == 100_000_000 {
                    total = (total + section) * unit
                } else {
                    total += section * unit
                }
                section = 0
            } else {
                return nil
            }
            sawAnything = true
        }
        guard sawAnything else { return nil }
        // Chinese digits written in a row (二〇二三) read positionally; after a unit, a
        // trailing digit counts as ones (一百零五 = 105).
        section += pendingNumber() ?? 0
        return total + section
    }
}
