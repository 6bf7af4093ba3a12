/// Amounts written in 人民币大写, as a bureau's clean copy writes them (8万元 → 人民币捌万元,
/// 一百二十万元 → 人民币壹佰贰拾万元).
extension LawfulWrapper {
    /// An amount in Arabic or lower-case Chinese numerals with its unit (元, 万元, 亿元),
    /// with 人民币 before it or not.
    nonisolated(unsafe) static let amount = try! Regex(
        #"(人民币)?(?:([0-9][0-9,]*(?:\.[0-9]+)?)[ \u{3000}]*|([零〇一二两三四五六七八九十百千万亿]*[一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万亿]*))(亿元|万元|元)"#
    )

    static let upperDigits: [Character] = Array("零壹贰叁肆伍陆柒捌玖")
    static let lowerToUpper: [Character: Character] = [
        "零": "零", "〇": "零", "一": "壹", "二": "贰", "两": "贰", "三": "叁", "四": "肆", "五": "伍", "六": "陆", "七": "柒",
        "八": "捌", "九": "玖", "十": "拾", "百": "佰", "千": "仟", "万": "万", "亿": "亿",
    ]

    /// Rewrites every amount in 人民币大写; an amount finer than one yuan stays as written.
    static func capitalAmounts(_ text: String) -> String {
        text.replacing(amount) { match -> String in
            let output = match.output
            let unit = String(output[4].substring ?? "元")
            if let chinese = output[3].substring {
                return "人民币" + String(chinese.map { lowerToUpper[$0] ?? $0 }) + unit
            }
            let value = String(output[2].substring ?? "").replacingOccurrences(of: ",", with: "")
            let scale = unit == "亿元" ? 100_000_000 : unit == "万元" ? 10_000 : 1
            let parts = value.split(separator: ".", omittingEmptySubsequences: false)
            guard let whole = Int(parts[0]) else { return String(text[match.range]) }
            if parts.count == 2 {
                let fraction = String(parts[1].prefix(8)).padding(toLength: 8, withPad: "0", startingAt: 0)
                guard let units = Int(fraction).map({ $0 * scale }), units % 100_000_000 == 0 else { return String(text[match.range]) }
                return "人民币" + capitalInteger(whole * scale + units / 100_000_000) + "元"
            }
            return "人民币" + capitalInteger(whole) + unit
        }
    }

    /// A whole number in 大写 (10010 → 壹万零壹拾).
    static func capitalInteger(_ number: Int) -> String {
        if number == 0 { return "零" }
        let units = ["", "拾", "佰", "仟"]
        func four(_ value: Int) -> String {
            var result = ""
            var zero = false
            for power in stride(from: 3, through: 0, by: -1) {
                var divisor = 1
                for _ in 0..<power { divisor *= 10 }
                let digit = value / divisor % 10
                if digit == 0 {
                    zero = true
                } else {
                    if zero, !result.isEmpty { result += "零" }
                    zero = false
                    result += String(upperDigits[digit]) + units[power]
                }
            }
            return result
        }
        let yi = number / 100_000_000, rest = number % 100_000_000
        let wan = rest / 10_000, ge = rest % 10_000
        var result = ""
        if yi > 0 { result += four(yi) + "亿" }
        if wan > 0 {
            if !result.isEmpty, wan < 1000 { result += "零" }
            result += four(wan) + "万"
        } else if !result.isEmpty, ge > 0 {
            result += "零"
        }
        if ge > 0 {
            if yi > 0 || wan > 0, ge < 1000, !result.hasSuffix("零") { result += "零" }
            result += four(ge)
        }
        return result
    }
}
