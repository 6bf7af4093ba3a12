/// Chinese numerals: the financial capitals of bills (壹贰叁…) and the counting form (一二三…).
///
/// Both use the same grouping: units of four digits joined by 万 and 亿, 拾/佰/仟 (十/百/千)
/// inside a group, and a single 零 for any run of zeros inside the number. The template
/// filters (`zh_number`, `cny_upper`, `zh_ordinal`) and Word's list numbering (`chineseCounting`,
/// `chineseLegalSimplified`) spell numbers with this one type, so an agreement drafted from a
/// template and the same agreement read back from Word say 第十一条 alike.
public struct ChineseNumerals: Sendable, Hashable {
    public let digits: [String]
    public let tens: String, hundreds: String, thousands: String
    /// Whether 10–19 at the start is written 十… rather than 一十… (counting form only).
    public let bareTen: Bool

    public init(digits: [String], tens: String, hundreds: String, thousands: String, bareTen: Bool) {
        self.digits = digits
        self.tens = tens
        self.hundreds = hundreds
        self.thousands = thousands
        self.bareTen = bareTen
    }

    public static let financial = ChineseNumerals(
        digits: ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"], tens: "拾", hundreds: "佰", thousands: "仟", bareTen: false)
    /// The financial capitals in traditional characters, as Word's `ideographLegalTraditional` writes them.
    public static let financialTraditional = ChineseNumerals(
        digits: ["零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"], tens: "拾", hundreds: "佰", thousands: "仟", bareTen: false)
    public static let counting = ChineseNumerals(
        digits: ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"], tens: "十", hundreds: "百", thousands: "千", bareTen: true)

    /// The digits one by one, as in years: 2023 → 二〇二三.
    public static let digitByDigit = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// The number written out, for 0 ≤ n < 10^16.
    public func spell(_ number: Int) -> String {
        if number == 0 { return digits[0] }
        var text = spellLarge(number)
        if bareTen, text.hasPrefix(digits[1] + tens) { text.removeFirst(digits[1].count) }
        return text
    }

    private func spellLarge(_ number: Int) -> String {
        if number >= 100_000_000 {
            let high = number / 100_000_000, low = number % 100_000_000
            var text = spellLarge(high) + "亿"
            if low > 0 { text += (low < 10_000_000 ? digits[0] : "") + spellLarge(low) }
            return text
        }
        if number >= 10_000 {
            let high = number / 10_000, low = number % 10_000
            var text = group(high) + "万"
            if low > 0 { text += (low < 1_000 ? digits[0] : "") + group(low) }
            return text
        }
        return group(number)
    }

    /// One group of up to four digits: 1009 → 壹仟零玖, 10 → 壹拾.
    private func group(_ number: Int) -> String {
        let units = [thousands, hundreds, tens, ""]
        let values = [number / 1000 % 10, number / 100 % 10, number / 10 % 10, number % 10]
        var text = ""
        var started = false
        var zeroPending = false
        for (value, unit) in zip(values, units) {
            if value == 0 {
                if started { zeroPending = true }
            } else {
                if zeroPending { text += digits[0] }
                zeroPending = false
                text += digits[value] + unit
                started = true
            }
        }
        return text
    }
}
