/// Converts values to text exactly as Python's `str()` and `repr()` do.
///
/// Jinja prints values with `str()`, so a template that is byte-identical under Jinja2
/// needs Python's spelling of every value: `True`, `None`, `2.0`, `1e+16`,
/// `['a', 1]`, `{'k': 'v'}`.
enum PythonText {
    static let maximumDepth = 200

    /// Python's `str(value)`; `nil` for an undefined value, which has no text under strict rules.
    static func str(_ value: TemplateValue) -> String? {
        switch value {
        case .none: return "None"
        case let .bool(flag): return flag ? "True" : "False"
        case let .int(number): return String(number)
        case let .double(number): return float(number)
        case let .string(text), let .markup(text): return text
        case .array, .object: return repr(value)
        case let .undefined(undefined): return undefined.lenient ? "" : nil
        case let .native(native): return nativeText(native)
        }
    }

    /// Python's `repr(value)`, used inside printed lists and dicts.
    /// Values nested deeper than `maximumDepth` print as `[...]`, as Python prints a list
    /// that contains itself, instead of exhausting the stack.
    static func repr(_ value: TemplateValue, depth: Int = 0) -> String {
        guard depth < maximumDepth else { return "[...]" }
        switch value {
        case let .string(text): return quoted(text)
        case let .markup(text): return "Markup(\(quoted(text)))"
        case let .array(items): return "[" + items.map { repr($0, depth: depth + 1) }.joined(separator: ", ") + "]"
        case let .object(object):
            return "{" + object.pairs.map { quoted($0.key) + ": " + repr($0.value, depth: depth + 1) }.joined(separator: ", ") + "}"
        case .undefined: return "Undefined"
        default: return str(value) ?? ""
        }
    }

    /// Python's `repr(float)`: the shortest digits that round-trip, in fixed notation when
    /// the decimal exponent lies in [-4, 16) and in `1e+16` style otherwise.
    static func float(_ number: Double) -> String {
        if number.isNaN { return "nan" }
        if number.isInfinite { return number < 0 ? "-inf" : "inf" }
        if number == 0 { return number.sign == .minus ? "-0.0" : "0.0" }
        // In this range Swift's shortest round-trip text is laid out exactly as Python's repr.
        let magnitude = abs(number)
        if magnitude >= 1e-4, magnitude < 1e16 { return number.description }
        let (digits, pointPosition) = shortestDigits(abs(number))
        let sign = number < 0 ? "-" : ""
        if pointPosition > 16 || pointPosition <= -4 {
            var mantissa = String(digits.first!)
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            let exponent = pointPosition - 1
            let exponentText = String(abs(exponent))
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (exponentText.count < 2 ? "0" : "") + exponentText
        }
        if pointPosition <= 0 {
            return sign + "0." + String(repeating: "0", count: -pointPosition) + digits
        }
        if pointPosition >= digits.count {
            return sign + digits + String(repeating: "0", count: pointPosition - digits.count) + ".0"
        }
        let split = digits.index(digits.startIndex, offsetBy: pointPosition)
        return sign + digits[..<split] + "." + digits[split...]
    }

    /// The shortest round-trip significant digits of a positive finite number and the
    /// position of the decimal point relative to them (`0.d1d2… × 10^position`).
    ///
    /// Swift's `description` already produces the shortest round-trip digits; only its
    /// layout differs from Python's, so the digits are taken from it and laid out again.
    static func shortestDigits(_ number: Double) -> (digits: String, pointPosition: Int) {
        let text = number.description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits = ""
        var pointPosition = 0
        var seenPoint = false
        for character in mantissa {
            if character == "." { seenPoint = true; continue }
            if !seenPoint { pointPosition += 1 }
            digits.append(character)
        }
        // Drop leading zeros (each moves the point left) and trailing zeros.
        while digits.count > 1, digits.first == "0" {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        return (digits, pointPosition + exponent)
    }

    /// Python's `repr(str)`: single quotes unless the text contains one and no double quote.
    static func quoted(_ text: String) -> String {
        // Printable ASCII without quotes or backslashes needs no escape: copy it whole.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 <= 0x7E && $0 != 0x22 && $0 != 0x27 && $0 != 0x5C }) { return "'" + text + "'" }
        let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var result = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if Character(scalar) == quote {
                    result += "\\" + String(quote)
                } else if scalar.value < 0x20 || (0x7F...0xA0).contains(scalar.value) || scalar.value == 0xAD {
                    result += "\\x" + hex(scalar.value, width: 2)
                } else if scalar.value == 0x2028 || scalar.value == 0x2029 {
                    result += "\\u" + hex(scalar.value, width: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        result.append(quote)
        return result
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func nativeText(_ native: NativeValue) -> String {
        switch native.kind {
        case let .macro(closure): return "<Macro '\(closure.definition.name)'>"
        case .loop: return "<LoopContext>"
        case let .namespace(box): return "<Namespace \(repr(.object(box.attributes)))>"
        case .function, .boundMethod, .cycler, .changed: return "<function>"
        }
    }
}
