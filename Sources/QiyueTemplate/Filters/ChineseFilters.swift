import QiyueCore

import Foundation

/// Our filters for Chinese and bilingual documents: amounts in capitals (人民币大写), 万元,
/// Chinese numerals, clause labels (第五条), dates, English amounts and language picking.
enum ChineseFilters {
    static let filters: [String: FilterFunction] = [
        "cny_upper": cnyUpper,
        "wan": wan,
        "phone_intl": { value, arguments, _ in
            _ = try arguments.bind("phone_intl", [])
            try value.requireDefined()
            return .string(PhoneNumberFormat.international(try value.text()))
        },
        "zh_number": { value, arguments, _ in
            _ = try arguments.bind("zh_number", [])
            let number = try wholeNumber(value, filter: "zh_number")
            return .string((number < 0 ? "负" : "") + ChineseNumerals.counting.spell(abs(number)))
        },
        "zh_digits": { value, arguments, _ in
            _ = try arguments.bind("zh_digits", [])
            let text = try value.text()
            return .string(String(text.map { character -> String in
                character.wholeNumberValue.map { ChineseNumerals.digitByDigit[$0] } ?? String(character)
            }.joined()))
        },
        "article": { value, arguments, _ in
            let bound = try arguments.bind("article", ["unit"])
            let unit = try bound[0].string("条", "unit")
            let number = try wholeNumber(value, filter: "article")
            guard number > 0 else {
                throw RenderFailure.type("article 需要正整数，而不是 \(number)", "article needs a positive integer, not \(number)")
            }
            return .string("第" + ChineseNumerals.counting.spell(number) + unit)
        },
        "date_zh": { value, arguments, _ in
            let bound = try arguments.bind("date_zh", ["style"])
            let style = try bound[0].string("", "style")
            let date = try CalendarDate(value)
            if style == "upper" {
                let year = String(date.year).compactMap(\.wholeNumberValue).map { ChineseNumerals.digitByDigit[$0] }.joined()
                return .string(year + "年" + ChineseNumerals.counting.spell(date.month) + "月" + ChineseNumerals.counting.spell(date.day) + "日")
            }
            guard style.isEmpty else {
                throw RenderFailure.type("date_zh 的样式只能是 'upper'", "date_zh style must be 'upper'")
            }
            return .string("\(date.year)年\(date.month)月\(date.day)日")
        },
        "date_en": { value, arguments, _ in
            _ = try arguments.bind("date_en", [])
            let date = try CalendarDate(value)
            return .string("\(date.day) \(CalendarDate.englishMonths[date.month - 1]) \(date.year)")
        },
        "cny_en": cnyEnglish,
        "t": translate,
        "bilingual": { value, arguments, context in
            let bound = try arguments.bind("bilingual", ["sep"])
            let separator = try bound[0].string(" / ", "sep")
            guard case let .object(object) = value else { return .string(try value.text()) }
            let zh = try languageText(object, "zh", path: context.inputPath)
            let en = try languageText(object, "en", path: context.inputPath)
            return .string(zh + separator + en)
        },
    ]

    static let cnyUpper: FilterFunction = { value, arguments, _ in
        let bound = try arguments.bind("cny_upper", ["prefix"])
        let prefix = try bound[0].bool(false)
        try value.requireDefined()
        guard let amount = ExactDecimal(value) else {
            throw RenderFailure.type("cny_upper 需要金额数字，而不是“\(PythonText.str(value) ?? "")”", "cny_upper needs an amount, not '\(PythonText.str(value) ?? "")'")
        }
        guard !amount.negative else {
            throw RenderFailure.type("cny_upper 不接受负数金额", "cny_upper does not accept negative amounts")
        }
        let cents = amount.rounded(places: 2)
        guard cents.integer.count <= 16, let yuan = cents.integerValue else {
            throw RenderFailure.type("金额过大（上限为一万万亿元）", "amount too large (limit 10^16 yuan)")
        }
        let jiao = cents.fraction.count > 0 ? Int(cents.fraction[0]) : 0
        let fen = cents.fraction.count > 1 ? Int(cents.fraction[1]) : 0
        let numerals = ChineseNumerals.financial
        var text = ""
        if yuan == 0, jiao == 0, fen == 0 {
            text = "零元整"
        } else {
            if yuan > 0 { text = numerals.spell(yuan) + "元" }
            if jiao == 0, fen == 0 {
                text += "整"
            } else {
                if yuan > 0, yuan % 10 == 0 || jiao == 0 { text += "零" }
                if jiao > 0 { text += numerals.digits[jiao] + "角" }
                if fen > 0 { text += numerals.digits[fen] + "分" }
            }
        }
        return .string((prefix ? "人民币" : "") + text)
    }

    static let wan: FilterFunction = { value, arguments, _ in
        let bound = try arguments.bind("wan", ["digits"])
        let places = try bound[0].int(0, "digits")
        guard (0...10).contains(places) else { throw RenderFailure.type("wan 的小数位数应在 0 到 10 之间", "wan digits must be between 0 and 10") }
        try value.requireDefined()
        guard let amount = ExactDecimal(value) else {
            throw RenderFailure.type("wan 需要金额数字", "wan needs an amount, not '\(PythonText.str(value) ?? "")'")
        }
        return .string(amount.shiftedLeft(4).formatted(places: places, grouped: true))
    }

    static let cnyEnglish: FilterFunction = { value, arguments, _ in
        _ = try arguments.bind("cny_en", [])
        try value.requireDefined()
        guard let amount = ExactDecimal(value), !amount.negative else {
            throw RenderFailure.type("cny_en 需要非负金额", "cny_en needs a non-negative amount")
        }
        func compact(_ scaled: ExactDecimal, _ word: String) -> String {
            var text = scaled.formatted(places: 2, grouped: true)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return "RMB \(text) \(word)"
        }
        let digits = amount.integer.count
        if digits >= 10 { return .string(compact(amount.shiftedLeft(9), "billion")) }
        if digits >= 7 { return .string(compact(amount.shiftedLeft(6), "million")) }
        let cents = amount.rounded(places: 2)
        return .string("RMB " + cents.formatted(places: cents.fraction.isEmpty ? 0 : 2, grouped: true))
    }

    static let translate: FilterFunction = { value, arguments, context in
        let bound = try arguments.bind("t", ["lang"])
        let language = try bound[0].string("zh", "lang")
        switch value {
        case let .object(object):
            return .string(try languageText(object, language, path: context.inputPath))
        case .string, .markup:
            guard language == "zh" else {
                throw RenderFailure(
                    zh: "“\(context.inputPath)”只有中文文本，没有“\(language)”版本（应写作 {\"zh\": …, \"\(language)\": …}）",
                    en: "'\(context.inputPath)' is plain text with no '\(language)' version (write {\"zh\": …, \"\(language)\": …})")
            }
            return value
        default:
            try value.requireDefined()
            throw RenderFailure.type("t 需要双语对象或字符串", "t needs a bilingual object or a string, not '\(value.kindName)'")
        }
    }

    private static func languageText(_ object: TemplateObject, _ language: String, path: String) throws -> String {
        guard let text = object[language] else {
            var failure = RenderFailure(
                zh: "未定义的变量“\(path).\(language)”：缺少该语言的文本", en: "undefined variable '\(path).\(language)': the text has no '\(language)' version")
            failure.notes = [LocalizedText(zh: "已有的语言：\(object.keys.joined(separator: ", "))", en: "languages present: \(object.keys.joined(separator: ", "))")]
            throw failure
        }
        return try text.text()
    }

    /// An integer argument for numeral filters; floats with a fraction and text are refused.
    private static func wholeNumber(_ value: TemplateValue, filter: String) throws -> Int {
        try value.requireDefined()
        if let number = ValueAccess.integerIndex(value), case .int = value { return try bounded(number, filter) }
        if case let .double(number) = value, number.rounded() == number, abs(number) < 1e15 { return try bounded(Int(number), filter) }
        if let text = value.stringContent, let number = Int(StringFilters.strip(text)) { return try bounded(number, filter) }
        throw RenderFailure.type("\(filter) 需要整数，而不是“\(PythonText.str(value) ?? "")”", "\(filter) needs an integer, not '\(PythonText.str(value) ?? "")'")
    }

    private static func bounded(_ number: Int, _ filter: String) throws -> Int {
        guard abs(number) < 10_000_000_000_000_000 else {
            throw RenderFailure.type("\(filter) 的数值过大", "\(filter): number too large")
        }
        return number
    }
}
