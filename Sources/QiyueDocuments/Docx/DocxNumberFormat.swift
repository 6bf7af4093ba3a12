import QiyueCore

/// Renders a list counter the way Word shows it for a `w:numFmt` value.
///
/// Chinese agreements are numbered 第一条, 第二条 … through `chineseCounting` and
/// （一）（二）through the same format with a different `w:lvlText`, so these formats
/// decide whether a finding can be reported as "第五条". Unknown formats fall back to
/// decimal, which is also what Word does for formats it cannot render.
enum DocxNumberFormat {
    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "decimal": return String(value)
        case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : String(value)
        case "decimalFullWidth", "decimalFullWidth2": return fullWidth(String(value))
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand":
            return chinese(value, .counting)
        case "chineseLegalSimplified": return chinese(value, .financial)
        case "ideographLegalTraditional": return chinese(value, .financialTraditional)
        case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
            let digits = Array("〇一二三四五六七八九")
            return String(String(value).compactMap { $0.wholeNumberValue.map { digits[$0] } })
        case "ideographTraditional": return cycle(value, through: Array("甲乙丙丁戊己庚辛壬癸"))
        case "ideographZodiac": return cycle(value, through: Array("子丑寅卯辰巳午未申酉戌亥"))
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle":
            return enclosed(value, first: 0x2460, count: 20) ?? String(value)
        case "decimalEnclosedParen": return enclosed(value, first: 0x2474, count: 20) ?? "(\(value))"
        case "decimalEnclosedFullstop": return enclosed(value, first: 0x2488, count: 20) ?? "\(value)."
        case "upperLetter": return letters(value, uppercase: true)
        case "lowerLetter": return letters(value, uppercase: false)
        case "upperRoman": return roman(value)
        case "lowerRoman": return roman(value).lowercased()
        case "none": return ""
        default: return String(value)
        }
    }

    /// 1 → 一, 10 → 十, 21 → 二十一, 101 → 一百零一, 10010 → 一万零一十; Word shows 〇 for a counter
    /// at zero or below (a list that starts at 0).
    static func chinese(_ value: Int, _ numerals: ChineseNumerals) -> String {
        value > 0 ? numerals.spell(value) : "〇"
    }

    private static func cycle(_ value: Int, through symbols: [Character]) -> String {
        guard value > 0 else { return String(value) }
        return String(symbols[(value - 1) % symbols.count])
    }

    private static func enclosed(_ value: Int, first: UInt32, count: Int) -> String? {
        guard value >= 1, value <= count, let scalar = Unicode.Scalar(first + UInt32(value - 1)) else { return nil }
        return String(Character(scalar))
    }

    /// Word repeats the letter: 1 → A, 26 → Z, 27 → AA, 28 → BB.
    private static func letters(_ value: Int, uppercase: Bool) -> String {
        guard value > 0 else { return String(value) }
        let base = uppercase ? UInt8(ascii: "A") : UInt8(ascii: "a")
        let letter = Character(Unicode.Scalar(base + UInt8((value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4_000 else { return String(value) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var remaining = value
        var text = ""
        for (amount, symbol) in table {
            while remaining >= amount {
                text += symbol
                remaining -= amount
            }
        }
        return text
    }

    private static func fullWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { Unicode.Scalar($0.value + 0xFEE0) ?? $0 }))
    }
}
