/// A JSON parser that keeps object key order and reports errors by line and column.
///
/// Foundation's `JSONSerialization` loses key order (Jinja iterates dicts in file order)
/// and reports byte offsets; officers editing data files by hand need `data.json:12:7`.
struct JSONReader {
    let bytes: [UInt8]
    var index = 0
    static let maximumDepth = 200

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// Parses one complete JSON document.
    mutating func parseDocument() throws(RenderFailure) -> TemplateValue {
        skipWhitespace()
        let value = try parseValue(depth: 0)
        skipWhitespace()
        guard index == bytes.count else { throw failure(zh: "JSON 值之后有多余内容", en: "extra data after the JSON value") }
        return value
    }

    private func failure(zh: String, en: String) -> RenderFailure {
        RenderFailure(zh: zh, en: en, offset: index)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index += 1
        }
    }

    private mutating func parseValue(depth: Int) throws(RenderFailure) -> TemplateValue {
        guard depth < Self.maximumDepth else { throw failure(zh: "JSON 嵌套过深", en: "JSON nested too deeply") }
        guard index < bytes.count else { throw failure(zh: "JSON 意外结束", en: "unexpected end of JSON") }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var object = TemplateObject(capacity: 8)
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(object) }
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    throw failure(zh: "此处应为用双引号括起的键", en: "expected a property name in double quotes")
                }
                let key = try parseString()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure(zh: "此处应为“:”", en: "expected ':'") }
                index += 1
                skipWhitespace()
                object.set(try parseValue(depth: depth + 1), forKey: key)
                skipWhitespace()
                guard index < bytes.count else { throw failure(zh: "JSON 意外结束，缺少“}”", en: "unexpected end of JSON, expected '}'") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(object) }
                throw failure(zh: "此处应为“,”或“}”", en: "expected ',' or '}'")
            }
        case UInt8(ascii: "["):
            index += 1
            var items: [TemplateValue] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
            while true {
                skipWhitespace()
                items.append(try parseValue(depth: depth + 1))
                skipWhitespace()
                guard index < bytes.count else { throw failure(zh: "JSON 意外结束，缺少“]”", en: "unexpected end of JSON, expected ']'") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                throw failure(zh: "此处应为“,”或“]”", en: "expected ',' or ']'")
            }
        case UInt8(ascii: "\""):
            return .string(try parseString())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .none)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try parseNumber()
        default:
            throw failure(zh: "此处应为 JSON 值", en: "expected a JSON value")
        }
    }

    private mutating func literal(_ word: String, _ value: TemplateValue) throws(RenderFailure) -> TemplateValue {
        let utf8 = Array(word.utf8)
        guard index + utf8.count <= bytes.count, Array(bytes[index..<index + utf8.count]) == utf8 else {
            throw failure(zh: "此处应为 JSON 值", en: "expected a JSON value")
        }
        index += utf8.count
        return value
    }

    private mutating func parseNumber() throws(RenderFailure) -> TemplateValue {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let digitsStart = index
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        guard index > digitsStart else { throw failure(zh: "数字格式错误", en: "invalid number") }
        if index - digitsStart > 1, bytes[digitsStart] == UInt8(ascii: "0") {
            index = digitsStart
            throw failure(zh: "数字不能以 0 开头", en: "numbers cannot have leading zeros")
        }
        var isFloat = false
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isFloat = true
            index += 1
            let fractionStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index > fractionStart else { throw failure(zh: "小数点后缺少数字", en: "expected digits after the decimal point") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isFloat = true
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            let exponentStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index > exponentStart else { throw failure(zh: "指数缺少数字", en: "expected digits in the exponent") }
        }
        if !isFloat, index - digitsStart <= 18 {
            // Up to 18 digits always fit in 64 bits: accumulate without making a string.
            var number = 0
            for position in digitsStart..<index { number = number * 10 + Int(bytes[position] - 0x30) }
            return .int(bytes[start] == UInt8(ascii: "-") ? -number : number)
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if !isFloat, let number = Int(text) { return .int(number) }
        return .double(Double(text) ?? .infinity)
    }

    private mutating func parseString() throws(RenderFailure) -> String {
        let start = index
        // Fast path: most strings have no escapes and decode straight from the bytes.
        var probe = index + 1
        while probe < bytes.count {
            let byte = bytes[probe]
            if byte == UInt8(ascii: "\""), probe > start {
                index = probe + 1
                return String(decoding: bytes[(start + 1)..<probe], as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            probe += 1
        }
        index += 1
        var result: [UInt8] = []
        while true {
            guard index < bytes.count else {
                index = start
                throw failure(zh: "字符串没有结束引号", en: "unterminated string")
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { index += 1; break }
            if byte < 0x20 { throw failure(zh: "字符串中不能有控制字符（换行须写作 \\n）", en: "control character in string (write a newline as \\n)") }
            if byte != UInt8(ascii: "\\") {
                result.append(byte)
                index += 1
                continue
            }
            index += 1
            guard index < bytes.count else { throw failure(zh: "字符串没有结束引号", en: "unterminated string") }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): result.append(escape)
            case UInt8(ascii: "n"): result.append(0x0A)
            case UInt8(ascii: "t"): result.append(0x09)
            case UInt8(ascii: "r"): result.append(0x0D)
            case UInt8(ascii: "b"): result.append(0x08)
            case UInt8(ascii: "f"): result.append(0x0C)
            case UInt8(ascii: "u"):
                var code = try hexQuad()
                if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                    index += 2
                    let low = try hexQuad()
                    code = (0xDC00..<0xE000).contains(low) ? 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                }
                let scalar = UnicodeScalar(code) ?? "\u{FFFD}"
                result.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                index -= 2
                throw failure(zh: "无效的转义序列", en: "invalid escape sequence")
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private mutating func hexQuad() throws(RenderFailure) -> UInt32 {
        guard index + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else {
            throw failure(zh: "\\u 后应有四位十六进制数", en: "expected four hex digits after \\u")
        }
        index += 4
        return code
    }
}
