/// Python's `str.format` for template text: `'{:,.2f}'.format(amount)`, `'{} / {}'.format(a, b)`,
/// `'{name:>8}'.format(name=x)`.
///
/// Supports automatic and numbered fields, keyword fields, `!s`/`!r`, and the format-spec
/// mini-language `[[fill]align][sign][0][width][,|_][.precision][type]` with the types
/// `s d f F e E g G % x X o b c` — what documents use for amounts and tables.
enum StringFormat {
    static func format(_ template: String, _ positional: [TemplateValue], _ keyword: [(String, TemplateValue)], limit: Int) throws -> String {
        var result = ""
        var scalars = Array(template.unicodeScalars)[...]
        var automatic = 0
        while let scalar = scalars.popFirst() {
            if scalar == "{" {
                if scalars.first == "{" { scalars.removeFirst(); result += "{"; continue }
                var field = ""
                var depth = 1
                while let next = scalars.popFirst() {
                    if next == "{" { depth += 1 }
                    if next == "}" { depth -= 1; if depth == 0 { break } }
                    field.unicodeScalars.append(next)
                }
                guard depth == 0 else { throw failure("格式字符串中的“{”没有配对的“}”", "single '{' encountered in format string") }
                var spec = ""
                var conversion: Character?
                var name = field
                if let colon = field.firstIndex(of: ":") {
                    name = String(field[..<colon])
                    spec = String(field[field.index(after: colon)...])
                }
                if let bang = name.firstIndex(of: "!") {
                    conversion = name[name.index(after: bang)...].first
                    name = String(name[..<bang])
                }
                let value: TemplateValue
                if name.isEmpty {
                    guard automatic < positional.count else { throw failure("format 的参数不够", "Replacement index \(automatic) out of range") }
                    value = positional[automatic]
                    automatic += 1
                } else if let index = Int(name) {
                    guard index >= 0, index < positional.count else { throw failure("format 的参数不够", "Replacement index \(index) out of range") }
                    value = positional[index]
                } else {
                    guard let found = keyword.first(where: { $0.0 == name })?.1 else { throw failure("format 缺少参数“\(name)”", "KeyError: '\(name)'") }
                    value = found
                }
                try value.requireDefined()
                switch conversion {
                case "r": result += try apply(spec, to: .string(PythonText.repr(value)), limit: limit)
                case "s": result += try apply(spec, to: .string(PythonText.str(value) ?? ""), limit: limit)
                default: result += try apply(spec, to: value, limit: limit)
                }
            } else if scalar == "}" {
                guard scalars.first == "}" else { throw failure("格式字符串中的“}”没有配对", "single '}' encountered in format string") }
                scalars.removeFirst()
                result += "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// One value formatted by a format spec, as Python's `format(value, spec)`.
    static func apply(_ spec: String, to value: TemplateValue, limit: Int) throws -> String {
        var characters = Array(spec)[...]
        var fill: Character = " "
        var align: Character?
        if characters.count >= 2, "<>^=".contains(characters[characters.startIndex + 1]) {
            fill = characters.removeFirst()
            align = characters.removeFirst()
        } else if let first = characters.first, "<>^=".contains(first) {
            align = characters.removeFirst()
        }
        var sign: Character = "-"
        if let first = characters.first, "+- ".contains(first) { sign = characters.removeFirst() }
        if characters.first == "#" { characters.removeFirst() }
        if characters.first == "0" {
            characters.removeFirst()
            if align == nil { fill = "0"; align = "=" }
        }
        var widthText = ""
        while let digit = characters.first, digit.isASCII, digit.isNumber { widthText.append(characters.removeFirst()) }
        var grouping: Character?
        if let first = characters.first, first == "," || first == "_" { grouping = characters.removeFirst() }
        var precision: Int?
        if characters.first == "." {
            characters.removeFirst()
            var digits = ""
            while let digit = characters.first, digit.isASCII, digit.isNumber { digits.append(characters.removeFirst()) }
            precision = Int(digits)
        }
        let type = characters.popFirst()
        guard characters.isEmpty else { throw failure("无效的格式说明“\(spec)”", "Invalid format specifier '\(spec)'") }
        let width = Int(widthText) ?? 0
        guard width <= 10_000, (precision ?? 0) <= 1_000, width <= limit else { throw failure("格式宽度或精度过大", "format width or precision too large") }

        var body: String
        var negative = false
        if let text = value.stringContent, value.numeric == nil {
            guard type == nil || type == "s" else { throw failure("字符串不能用格式“\(type!)”", "Unknown format code '\(type!)' for object of type 'str'") }
            body = precision.map { String(String.UnicodeScalarView(text.unicodeScalars.prefix($0))) } ?? text
            return pad(body, fill: fill, align: align ?? "<", width: width, signPrefix: "")
        }
        guard let number = value.numeric else {
            guard type == nil || type == "s" else { throw failure("无法用“\(spec)”格式化“\(value.kindName)”", "unsupported format string passed to \(value.kindName).__format__") }
            return pad(PythonText.str(value) ?? "", fill: fill, align: align ?? "<", width: width, signPrefix: "")
        }
        if case .bool = value, spec.isEmpty {
            return pad(PythonText.str(value) ?? "", fill: fill, align: align ?? "<", width: width, signPrefix: "")
        }
        switch (number, type) {
        case let (.int(integer), nil), let (.int(integer), "d"?), let (.int(integer), "n"?):
            negative = integer < 0
            body = String(integer.magnitude)
            if let grouping { body = group(body, separator: grouping) }
        case let (.int(integer), "x"?), let (.int(integer), "X"?), let (.int(integer), "o"?), let (.int(integer), "b"?):
            negative = integer < 0
            let radix = type == "o" ? 8 : (type == "b" ? 2 : 16)
            body = String(integer.magnitude, radix: radix, uppercase: type == "X")
        case (.int(let integer), "c"?):
            guard let scalar = UnicodeScalar(UInt32(clamping: max(0, integer))) else { throw failure("%c 超出范围", "%c arg not in range") }
            body = String(Character(scalar))
        case (.double, "d"?), (.double, "x"?), (.double, "X"?), (.double, "o"?), (.double, "b"?), (.double, "c"?):
            throw failure("浮点数不能用格式“\(type!)”", "Unknown format code '\(type!)' for object of type 'float'")
        default:
            let real = number.doubleValue
            negative = real.sign == .minus && !real.isNaN
            let magnitude = abs(real)
            switch type {
            case nil where precision == nil:
                body = PythonText.float(magnitude)
                if case .int = number { body = String(Int(magnitude)) }
            case "%"?:
                body = fixed(magnitude * 100, precision ?? 6) + "%"
            case "e"?, "E"?, "g"?, "G"?:
                body = CFormat.formatWide("%.\(precision ?? 6)\(type!)", magnitude)
            case nil:
                body = CFormat.formatWide("%.\(precision!)g", magnitude)
            default:
                body = fixed(magnitude, precision ?? 6)
            }
            if let grouping, magnitude.isFinite {
                let point = body.firstIndex(where: { !$0.isNumber }) ?? body.endIndex
                body = group(String(body[..<point]), separator: grouping) + body[point...]
            }
        }
        let signPrefix = negative ? "-" : (sign == "+" ? "+" : (sign == " " ? " " : ""))
        return pad(body, fill: fill, align: align ?? ">", width: width, signPrefix: signPrefix)
    }

    private static func fixed(_ number: Double, _ places: Int) -> String {
        FixedPoint.format(number, places: places) ?? CFormat.formatWide("%.\(places)f", number)
    }

    private static func group(_ digits: String, separator: Character) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(separator) }
            result.append(digit)
        }
        return result
    }

    private static func pad(_ body: String, fill: Character, align: Character, width: Int, signPrefix: String) -> String {
        let length = body.unicodeScalars.count + signPrefix.unicodeScalars.count
        guard width > length else { return signPrefix + body }
        let padding = width - length
        switch align {
        case "<": return signPrefix + body + String(repeating: fill, count: padding)
        case "^": return String(repeating: fill, count: padding / 2) + signPrefix + body + String(repeating: fill, count: padding - padding / 2)
        case "=": return signPrefix + String(repeating: fill, count: padding) + body
        default: return String(repeating: fill, count: padding) + signPrefix + body
        }
    }

    private static func failure(_ zh: String, _ en: String) -> RenderFailure {
        RenderFailure.type(zh, en)
    }
}
