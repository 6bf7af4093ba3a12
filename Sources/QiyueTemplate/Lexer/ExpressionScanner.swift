/// Tokenizes the inside of one `{{ … }}` or `{% … %}` tag.
///
/// Brackets are balanced as Jinja2 does it, so `{{ {'a': 1}}}` ends at the last `}}`; an
/// unbalanced bracket or a tag without its closer is reported at the place it happens.
struct ExpressionScanner {
    let bytes: [UInt8]
    let source: SourceText

    private static let twoCharacterSymbols: Set<String> = ["//", "**", "==", "!=", ">=", "<="]
    private static let oneCharacterSymbols: Set<UInt8> = Set("+-/*%~[](){}=<>.:|,;".utf8)

    /// Appends the tag's tokens and its end token; returns the position after the tag.
    func scan(from start: Int, closer: UInt8, trimNewline: Bool, openedAt tagStart: Int, into tokens: inout [Token]) throws(RenderFailure) -> Int {
        var index = start
        var balance: [UInt8] = []
        let count = bytes.count
        let isBlock = closer == UInt8(ascii: "%")
        while true {
            while index < count, case let length = whitespaceLength(bytes, at: index), length > 0 { index += length }
            guard index < count else {
                throw RenderFailure(
                    zh: isBlock ? "标签没有结束（缺少“%}”）" : "输出标签没有结束（缺少“}}”）",
                    en: isBlock ? "unexpected end of template: missing '%}'" : "unexpected end of template: missing '}}'",
                    offset: tagStart)
            }
            if balance.isEmpty, let end = tagEnd(at: index, closer: closer, trimNewline: trimNewline) {
                tokens.append(Token(kind: isBlock ? .blockEnd : .variableEnd, offset: index, length: 2))
                return end
            }
            let byte = bytes[index]
            if isDigit(byte) {
                index = scanNumber(at: index, into: &tokens)
            } else if isNameStart(byte), whitespaceLength(bytes, at: index) == 0 {
                let begin = index
                while index < count, isNameStart(bytes[index]) || isDigit(bytes[index]), whitespaceLength(bytes, at: index) == 0 { index += 1 }
                tokens.append(Token(kind: .name(String(decoding: bytes[begin..<index], as: UTF8.self)), offset: begin, length: index - begin))
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                index = try scanString(at: index, into: &tokens)
            } else {
                if index + 1 < count {
                    let pair = String(decoding: bytes[index...index + 1], as: UTF8.self)
                    if Self.twoCharacterSymbols.contains(pair) {
                        tokens.append(Token(kind: .symbol(pair), offset: index, length: 2))
                        index += 2
                        continue
                    }
                }
                guard Self.oneCharacterSymbols.contains(byte) else {
                    let character = String(decoding: bytes[index..<min(count, index + utf8Length(byte))], as: UTF8.self)
                    throw RenderFailure(zh: "无法识别的字符“\(character)”", en: "unexpected character '\(character)'", offset: index)
                }
                switch byte {
                case UInt8(ascii: "("): balance.append(UInt8(ascii: ")"))
                case UInt8(ascii: "["): balance.append(UInt8(ascii: "]"))
                case UInt8(ascii: "{"): balance.append(UInt8(ascii: "}"))
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                    let symbol = String(UnicodeScalar(byte))
                    guard let expected = balance.popLast() else {
                        throw RenderFailure(zh: "多余的“\(symbol)”", en: "unexpected '\(symbol)'", offset: index)
                    }
                    guard expected == byte else {
                        let wanted = String(UnicodeScalar(expected))
                        throw RenderFailure(zh: "此处应为“\(wanted)”而不是“\(symbol)”", en: "unexpected '\(symbol)', expected '\(wanted)'", offset: index)
                    }
                default: break
                }
                tokens.append(Token(kind: .symbol(String(UnicodeScalar(byte))), offset: index, length: 1))
                index += 1
            }
        }
    }

    /// The end of the tag if it closes at `index`, with Jinja2's whitespace control applied.
    private func tagEnd(at index: Int, closer: UInt8, trimNewline: Bool) -> Int? {
        let count = bytes.count
        func closes(_ at: Int) -> Bool {
            at + 1 < count && bytes[at] == closer && bytes[at + 1] == UInt8(ascii: "}")
        }
        if bytes[index] == UInt8(ascii: "-"), closes(index + 1) {
            var end = index + 3
            while end < count, case let length = whitespaceLength(bytes, at: end), length > 0 { end += length }
            return end
        }
        if closer == UInt8(ascii: "%"), bytes[index] == UInt8(ascii: "+"), closes(index + 1) { return index + 3 }
        if closes(index) {
            var end = index + 2
            if trimNewline, end < count, bytes[end] == 0x0A { end += 1 }
            return end
        }
        return nil
    }

    private func scanNumber(at start: Int, into tokens: inout [Token]) -> Int {
        let count = bytes.count
        var index = start
        func digits() {
            while index < count, isDigit(bytes[index]) || (bytes[index] == UInt8(ascii: "_") && index + 1 < count && isDigit(bytes[index + 1])) {
                index += 1
            }
        }
        digits()
        var isFloat = false
        if index + 1 < count, bytes[index] == UInt8(ascii: "."), isDigit(bytes[index + 1]) {
            isFloat = true
            index += 1
            digits()
        }
        if index < count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            var probe = index + 1
            if probe < count, bytes[probe] == UInt8(ascii: "+") || bytes[probe] == UInt8(ascii: "-") { probe += 1 }
            if probe < count, isDigit(bytes[probe]) {
                isFloat = true
                index = probe
                digits()
            }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self).replacingOccurrences(of: "_", with: "")
        if isFloat {
            tokens.append(Token(kind: .float(Double(text) ?? .infinity), offset: start, length: index - start))
        } else if let value = Int(text) {
            tokens.append(Token(kind: .integer(value), offset: start, length: index - start))
        } else {
            // Beyond 64 bits: Python would keep it exact; the nearest float is the honest fallback.
            tokens.append(Token(kind: .float(Double(text) ?? .infinity), offset: start, length: index - start))
        }
        return index
    }

    /// Reads a quoted string with Python's escapes (`\n`, `\t`, `\\`, `\'`, `\xhh`, `\uXXXX`, …).
    private func scanString(at start: Int, into tokens: inout [Token]) throws(RenderFailure) -> Int {
        let quote = bytes[start]
        let count = bytes.count
        var index = start + 1
        var result: [UInt8] = []
        while index < count, bytes[index] != quote {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < count {
                let next = bytes[index + 1]
                index += 2
                switch next {
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "r"): result.append(0x0D)
                case UInt8(ascii: "0"): result.append(0x00)
                case UInt8(ascii: "a"): result.append(0x07)
                case UInt8(ascii: "b"): result.append(0x08)
                case UInt8(ascii: "f"): result.append(0x0C)
                case UInt8(ascii: "v"): result.append(0x0B)
                case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): result.append(next)
                case 0x0A: break
                case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let width = next == UInt8(ascii: "x") ? 2 : (next == UInt8(ascii: "u") ? 4 : 8)
                    guard index + width <= count,
                          let value = UInt32(String(decoding: bytes[index..<index + width], as: UTF8.self), radix: 16),
                          let scalar = UnicodeScalar(value)
                    else {
                        throw RenderFailure(zh: "字符串中的转义序列无效", en: "invalid escape sequence in string", offset: index - 2)
                    }
                    result.append(contentsOf: Array(String(Character(scalar)).utf8))
                    index += width
                default:
                    result.append(UInt8(ascii: "\\"))
                    result.append(next)
                }
            } else {
                result.append(byte)
                index += 1
            }
        }
        guard index < count else {
            throw RenderFailure(zh: "字符串没有结束引号", en: "unterminated string", offset: start)
        }
        tokens.append(Token(kind: .string(String(decoding: result, as: UTF8.self)), offset: start, length: index + 1 - start))
        return index + 1
    }
}
