import QiyueCore

/// A strict RFC 8259 JSON parser that keeps each value's source span and each object's
/// member order.
///
/// It exists because `JSONSerialization` throws both away, and a project file's messages
/// must say `puer.json:23:16` and name fields in the order the officer wrote them. The
/// parser works on UTF-8 bytes, allocates one node per value, limits nesting depth so a
/// hostile file cannot exhaust the stack, and explains the mistakes people actually make
/// (trailing commas, full-width punctuation, comments, curly quotes) in plain words.
public struct JSONParser {
    /// The deepest nesting accepted; project files need fewer than ten levels.
    public static let maximumDepth = 200

    /// What the bytes are: a whole file, or one record of a JSON Lines file, whose end is
    /// the end of its line and must be called so.
    public enum Unit: Sendable {
        case file
        case line
    }

    private let bytes: [UInt8]
    private let unit: Unit
    private var position = 0
    private var depth = 0

    private init(bytes: [UInt8], unit: Unit) {
        self.bytes = bytes
        self.unit = unit
    }

    /// Parses one JSON document. A UTF-8 byte order mark at the start is skipped.
    public static func parse(_ bytes: [UInt8], as unit: Unit = .file) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: bytes, unit: unit)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
        parser.skipWhitespace()
        guard parser.position < bytes.count else {
            throw unit == .file
                ? JSONSyntaxError(offset: parser.position, zh: "文件为空，应为一个 JSON 对象", en: "the file is empty; expected a JSON object")
                : JSONSyntaxError(offset: parser.position, zh: "该行为空，应为一个 JSON 对象", en: "the line is empty; expected a JSON object")
        }
        let root = try parser.parseValue()
        parser.skipWhitespace()
        if parser.position < bytes.count {
            throw JSONSyntaxError(offset: parser.position, zh: "JSON 值结束后还有多余内容", en: "unexpected text after the end of the JSON value")
        }
        return root
    }

    /// Parses a string of JSON text.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        try parse(Array(text.utf8))
    }

    // MARK: - Values

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
        guard position < bytes.count else {
            throw JSONSyntaxError(offset: position, zh: "\(endName.zh)意外结束，缺少一个值", en: "unexpected end of \(endName.en); expected a value")
        }
        let start = position
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), offset: start, length: position - start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        default: throw unexpectedCharacter(expecting: LocalizedText(zh: "一个值", en: "a value"))
        }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONNode {
        let start = position
        try enterContainer()
        position += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return JSONNode(.object(members), offset: start, length: position - start)
        }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else {
                if peek == UInt8(ascii: "}"), !members.isEmpty {
                    throw JSONSyntaxError(offset: position, zh: "“}”前多了一个逗号（JSON 不允许尾随逗号）", en: "trailing comma before '}' (JSON does not allow trailing commas)")
                }
                throw unexpectedCharacter(expecting: LocalizedText(zh: "用双引号括起的字段名", en: "a field name in double quotes"))
            }
            let keyOffset = position
            let key = try parseString()
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else {
                throw unexpectedCharacter(expecting: LocalizedText(zh: "字段名后的冒号“:”", en: "':' after the field name"))
            }
            position += 1
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONMember(key: key, keyOffset: keyOffset, value: value))
            skipWhitespace()
            if peek == UInt8(ascii: ",") {
                position += 1
                continue
            }
            if peek == UInt8(ascii: "}") {
                position += 1
                depth -= 1
                return JSONNode(.object(members), offset: start, length: position - start)
            }
            throw unexpectedCharacter(expecting: LocalizedText(zh: "逗号“,”或“}”", en: "',' or '}'"))
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONNode {
        let start = position
        try enterContainer()
        position += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return JSONNode(.array(elements), offset: start, length: position - start)
        }
        while true {
            skipWhitespace()
            if peek == UInt8(ascii: "]"), !elements.isEmpty {
                throw JSONSyntaxError(offset: position, zh: "“]”前多了一个逗号（JSON 不允许尾随逗号）", en: "trailing comma before ']' (JSON does not allow trailing commas)")
            }
            elements.append(try parseValue())
            skipWhitespace()
            if peek == UInt8(ascii: ",") {
                position += 1
                continue
            }
            if peek == UInt8(ascii: "]") {
                position += 1
                depth -= 1
                return JSONNode(.array(elements), offset: start, length: position - start)
            }
            throw unexpectedCharacter(expecting: LocalizedText(zh: "逗号“,”或“]”", en: "',' or ']'"))
        }
    }

    private mutating func enterContainer() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw JSONSyntaxError(offset: position, zh: "嵌套超过 \(Self.maximumDepth) 层", en: "nesting deeper than \(Self.maximumDepth) levels")
        }
    }

    private mutating func parseLiteral(_ word: String, _ value: JSONValue) throws(JSONSyntaxError) -> JSONNode {
        let start = position
        let expected = Array(word.utf8)
        guard bytes.count - position >= expected.count, Array(bytes[position..<position + expected.count]) == expected else {
            throw unexpectedCharacter(expecting: LocalizedText(zh: "一个值", en: "a value"))
        }
        position += expected.count
        return JSONNode(value, offset: start, length: expected.count)
    }

    // MARK: - Numbers

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNode {
        let start = position
        if peek == UInt8(ascii: "-") { position += 1 }
        guard let first = peek, isDigit(first) else {
            throw JSONSyntaxError(offset: position, zh: "“-”后应为数字", en: "expected a digit after '-'")
        }
        if first == UInt8(ascii: "0") {
            position += 1
            if let next = peek, isDigit(next) {
                throw JSONSyntaxError(offset: start, zh: "JSON 数字不能以 0 开头", en: "JSON numbers cannot have leading zeros")
            }
        } else {
            skipDigits()
        }
        if peek == UInt8(ascii: ".") {
            position += 1
            guard let next = peek, isDigit(next) else {
                throw JSONSyntaxError(offset: position, zh: "小数点后应为数字", en: "expected a digit after '.'")
            }
            skipDigits()
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            position += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { position += 1 }
            guard let next = peek, isDigit(next) else {
                throw JSONSyntaxError(offset: position, zh: "指数部分应为数字", en: "expected a digit in the exponent")
            }
            skipDigits()
        }
        let literal = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Double(literal), value.isFinite else {
            throw JSONSyntaxError(offset: start, zh: "数字超出范围：\(literal)", en: "number out of range: \(literal)")
        }
        return JSONNode(.number(JSONNumber(literal: literal, value: value)), offset: start, length: position - start)
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func skipDigits() {
        while let byte = peek, isDigit(byte) { position += 1 }
    }

    // MARK: - Strings

    /// Parses a string starting at its opening quote and leaves `position` after the closing one.
    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = position
        position += 1
        var text = ""
        var runStart = position
        while true {
            guard position < bytes.count else {
                throw JSONSyntaxError(offset: start, zh: "字符串没有结束的双引号", en: "unterminated string")
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                try appendRun(from: runStart, to: position, into: &text)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") {
                try appendRun(from: runStart, to: position, into: &text)
                text.unicodeScalars.append(try parseEscape())
                runStart = position
                continue
            }
            if byte < 0x20 {
                let zh = byte == 0x0A ? "字符串中不能直接换行，请写作 \\n" : "字符串中有控制字符，请使用转义序列"
                let en = byte == 0x0A ? "a line break inside a string; write \\n instead" : "a control character inside a string; use an escape sequence"
                throw JSONSyntaxError(offset: position, zh: zh, en: en)
            }
            position += 1
        }
    }

    /// Decodes the raw UTF-8 bytes of a string segment, rejecting invalid encodings. A valid
    /// segment (a run ends at a quote or a backslash, never inside a scalar) is copied whole;
    /// only an invalid one is decoded scalar by scalar, to find the offset of its first bad byte.
    private func appendRun(from start: Int, to end: Int, into text: inout String) throws(JSONSyntaxError) {
        guard start < end else { return }
        if let run = String(validating: bytes[start..<end], as: UTF8.self) {
            text += run
            return
        }
        var iterator = bytes[start..<end].makeIterator()
        var decoder = UTF8()
        var offset = start
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                text.unicodeScalars.append(scalar)
                offset += UTF8.width(scalar)
            case .emptyInput:
                return
            case .error:
                throw JSONSyntaxError(offset: offset, zh: "不是有效的 UTF-8 编码（请以 UTF-8 保存文件）", en: "invalid UTF-8 (save the file as UTF-8)")
            }
        }
    }

    private mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let start = position
        position += 1
        guard let letter = peek else {
            throw JSONSyntaxError(offset: start, zh: "字符串没有结束的双引号", en: "unterminated string")
        }
        position += 1
        switch letter {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex(escapeStart: start)
            if (0xD800...0xDBFF).contains(high) {
                guard peek == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") else {
                    throw JSONSyntaxError(offset: start, zh: "不成对的 UTF-16 代理项转义", en: "unpaired UTF-16 surrogate escape")
                }
                position += 2
                let low = try parseHex(escapeStart: start)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw JSONSyntaxError(offset: start, zh: "不成对的 UTF-16 代理项转义", en: "unpaired UTF-16 surrogate escape")
                }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(high) else {
                throw JSONSyntaxError(offset: start, zh: "不成对的 UTF-16 代理项转义", en: "unpaired UTF-16 surrogate escape")
            }
            return scalar
        default:
            throw JSONSyntaxError(offset: start, zh: "无效的转义序列；反斜杠请写作 \\\\", en: "invalid escape sequence; write a backslash as \\\\")
        }
    }

    private mutating func parseHex(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        guard bytes.count - position >= 4 else {
            throw JSONSyntaxError(offset: escapeStart, zh: "\\u 后应为 4 位十六进制数", en: "expected four hex digits after \\u")
        }
        var value: UInt32 = 0
        for byte in bytes[position..<position + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
                throw JSONSyntaxError(offset: escapeStart, zh: "\\u 后应为 4 位十六进制数", en: "expected four hex digits after \\u")
            }
            value = value * 16 + UInt32(digit)
        }
        position += 4
        return value
    }

    // MARK: - Whitespace and errors

    private var peek: UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    /// What ends with the bytes, in the messages about an early end.
    private var endName: LocalizedText {
        unit == .file ? LocalizedText(zh: "文件", en: "file") : LocalizedText(zh: "该行", en: "the line")
    }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            position += 1
        }
    }

    /// An error for the character at `position`, naming common mistakes specifically.
    private func unexpectedCharacter(expecting expected: LocalizedText) -> JSONSyntaxError {
        guard position < bytes.count else {
            return JSONSyntaxError(offset: position, zh: "\(endName.zh)意外结束，应为\(expected.zh)", en: "unexpected end of \(endName.en); expected \(expected.en)")
        }
        let rest = bytes[position..<min(bytes.count, position + 4)]
        let character = String(decoding: rest, as: UTF8.self).first.map(String.init) ?? "?"
        switch character {
        case "/":
            return JSONSyntaxError(offset: position, zh: "JSON 不允许注释；说明文字请写在以“_”开头的字段中，如 \"_comment\"", en: "JSON does not allow comments; put notes in a field starting with '_', such as \"_comment\"")
        case "，", "：", "｛", "｝", "［", "］":
            let ascii = ["，": ",", "：": ":", "｛": "{", "｝": "}", "［": "[", "］": "]"][character]!
            return JSONSyntaxError(offset: position, zh: "字符串外出现全角符号“\(character)”，应为半角“\(ascii)”", en: "full-width '\(character)' outside a string; use '\(ascii)'")
        case "“", "”", "'", "‘", "’":
            return JSONSyntaxError(offset: position, zh: "引号“\(character)”无效，JSON 字符串和字段名须用半角双引号 \"", en: "quote '\(character)' is not valid; JSON strings and field names use straight double quotes \"")
        default:
            return JSONSyntaxError(offset: position, zh: "意外的字符“\(character)”，应为\(expected.zh)", en: "unexpected character '\(character)'; expected \(expected.en)")
        }
    }
}
