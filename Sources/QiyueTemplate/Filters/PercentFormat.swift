import Foundation

/// Python's printf-style `%` formatting, used by the `format` filter and by `"…" % value`.
///
/// Supports `%s %r %d %i %u %f %F %e %E %g %G %x %X %o %c %%`, the flags `- + 0 #` and
/// space, width, precision and `%(name)s` with a mapping. Numbers are formatted by the C
/// library, which rounds exactly as Python does.
enum PercentFormat {
    static func format(_ template: String, _ operand: TemplateValue, argumentsAreTuple: Bool = true) throws -> String {
        // Fast path for the commonest document format, "%.2f" of one number.
        var single = operand
        if argumentsAreTuple, case let .array(items) = operand, items.count == 1 { single = items[0] }
        if let places = fixedPlaces(template), let number = single.numeric?.doubleValue,
           let text = FixedPoint.format(number, places: places) {
            return text
        }
        var arguments: [TemplateValue]
        var mapping: TemplateObject?
        switch operand {
        case let .array(items) where argumentsAreTuple: arguments = items
        case let .object(object): mapping = object; arguments = [operand]
        default: arguments = [operand]
        }
        var next = 0
        var result = ""
        var scalars = Array(template.unicodeScalars)[...]
        func fail(_ zh: String, _ en: String) -> RenderFailure { RenderFailure.type(zh, en) }
        while let scalar = scalars.popFirst() {
            guard scalar == "%" else { result.unicodeScalars.append(scalar); continue }
            var key: String?
            if scalars.first == "(" {
                scalars.removeFirst()
                var name = ""
                while let character = scalars.popFirst(), character != ")" { name.unicodeScalars.append(character) }
                key = name
            }
            var flags = ""
            while let flag = scalars.first, "-+ 0#".unicodeScalars.contains(flag) {
                flags.unicodeScalars.append(flag)
                scalars.removeFirst()
            }
            var width = ""
            while let digit = scalars.first, ("0"..."9").contains(digit) { width.unicodeScalars.append(digit); scalars.removeFirst() }
            var precision: String?
            if scalars.first == "." {
                scalars.removeFirst()
                var digits = ""
                while let digit = scalars.first, ("0"..."9").contains(digit) { digits.unicodeScalars.append(digit); scalars.removeFirst() }
                precision = digits.isEmpty ? "0" : digits
            }
            while let modifier = scalars.first, "hlL".unicodeScalars.contains(modifier) { scalars.removeFirst() }
            guard let conversion = scalars.popFirst() else {
                throw fail("格式字符串不完整", "incomplete format")
            }
            if conversion == "%" { result += "%"; continue }
            guard (Int(width) ?? 0) <= 10_000, (Int(precision ?? "0") ?? 0) <= 1_000 else {
                throw fail("格式宽度或精度过大", "format width or precision too large")
            }
            let value: TemplateValue
            if let key {
                guard let mapping else { throw fail("格式需要一个字典", "format requires a mapping") }
                guard let found = mapping[key] else { throw fail("格式中的键“\(key)”不存在", "format key '\(key)' not found") }
                value = found
            } else {
                guard next < arguments.count else { throw fail("格式字符串的参数不够", "not enough arguments for format string") }
                value = arguments[next]
                next += 1
            }
            try value.requireDefined()
            result += try convert(value, conversion: Character(conversion), flags: flags, width: width, precision: precision)
        }
        if mapping == nil, next < arguments.count {
            throw fail("格式字符串没有用完全部参数", "not all arguments converted during string formatting")
        }
        return result
    }

    /// N when the whole template is `%.Nf` with one digit N.
    private static func fixedPlaces(_ template: String) -> Int? {
        let utf8 = template.utf8
        guard utf8.count == 4 else { return nil }
        var bytes = utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "%"), bytes.next() == UInt8(ascii: "."), let digit = bytes.next(),
              isDigit(digit), bytes.next() == UInt8(ascii: "f") else { return nil }
        return Int(digit - 0x30)
    }

    private static func convert(_ value: TemplateValue, conversion: Character, flags: String, width: String, precision: String?) throws -> String {
        switch conversion {
        case "s", "r", "a":
            var text = conversion == "s" ? (PythonText.str(value) ?? "") : PythonText.repr(value)
            if let precision, let limit = Int(precision) { text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit))) }
            return pad(text, flags: flags, width: Int(width) ?? 0)
        case "d", "i", "u", "x", "X", "o":
            let number: Int
            switch value.numeric {
            case let .int(integer)?: number = integer
            case let .double(real)?:
                guard real.isFinite, abs(real) < 9.2e18 else { throw RenderFailure.type("数值超出整数范围", "cannot convert float to integer") }
                number = Int(real)
            default:
                throw RenderFailure.type("%\(conversion) 需要数字，而不是“\(value.kindName)”", "%\(conversion) format: a real number is required, not \(value.kindName)")
            }
            let letter = conversion == "i" || conversion == "u" ? "d" : String(conversion)
            var spec = "%" + flags + width
            if let precision { spec += "." + precision }
            if letter == "d" {
                return CFormat.formatWide(spec + "ld", number)
            }
            let magnitude = String(number.magnitude, radix: letter == "o" ? 8 : 16, uppercase: letter == "X")
            let prefix = flags.contains("#") ? (letter == "o" ? "0o" : (letter == "X" ? "0X" : "0x")) : ""
            let sign = number < 0 ? "-" : (flags.contains("+") ? "+" : (flags.contains(" ") ? " " : ""))
            return pad(sign + prefix + magnitude, flags: flags, width: Int(width) ?? 0)
        case "f", "F", "e", "E", "g", "G":
            guard let number = value.numeric?.doubleValue else {
                throw RenderFailure.type("%\(conversion) 需要数字，而不是“\(value.kindName)”", "%\(conversion) format: a real number is required, not \(value.kindName)")
            }
            if !number.isFinite {
                var text = number.isNaN ? "nan" : (number < 0 ? "-inf" : (flags.contains("+") ? "+inf" : "inf"))
                if conversion.isUppercase { text = text.uppercased() }
                return pad(text, flags: flags.replacingOccurrences(of: "0", with: ""), width: Int(width) ?? 0)
            }
            if conversion == "f" || conversion == "F", flags.isEmpty, width.isEmpty,
               let text = FixedPoint.format(number, places: Int(precision ?? "6") ?? 6) {
                return text
            }
            let spec = "%" + flags + width + "." + (precision ?? "6") + String(conversion)
            return CFormat.formatWide(spec, number)
        case "c":
            if let text = value.stringContent, text.unicodeScalars.count == 1 { return pad(text, flags: flags, width: Int(width) ?? 0) }
            if let code = ValueAccess.integerIndex(value), let scalar = UnicodeScalar(UInt32(clamping: max(0, code))) {
                return pad(String(Character(scalar)), flags: flags, width: Int(width) ?? 0)
            }
            throw RenderFailure.type("%c 需要一个字符", "%c requires an int or a single character")
        default:
            throw RenderFailure.type("不支持的格式字符“\(conversion)”", "unsupported format character '\(conversion)'")
        }
    }

    private static func pad(_ text: String, flags: String, width: Int) -> String {
        let length = text.unicodeScalars.count
        guard width > length else { return text }
        let padding = String(repeating: " ", count: width - length)
        return flags.contains("-") ? text + padding : padding + text
    }
}
