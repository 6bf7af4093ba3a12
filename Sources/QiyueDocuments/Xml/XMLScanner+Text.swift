import QiyueCore

/// Text decoding and error positions of the scanner: entity references, UTF-8 checks, and
/// the line and column every error carries.
extension XMLScanner {
    func decodeText(_ range: Range<Int>, decodeEntities: Bool = true) throws -> String {
        let slice = bytes[range]
        guard decodeEntities, slice.contains(UInt8(ascii: "&")) else {
            guard let text = UTF8Validation.string(slice) else { throw invalidUTF8(in: range) }
            return text
        }
        var output: [UInt8] = []
        output.reserveCapacity(slice.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                index += 1
                continue
            }
            guard let semicolon = find(UInt8(ascii: ";"), from: index), semicolon < range.upperBound, semicolon - index <= 12 else {
                throw error(zh: "“&”后缺少实体名和“;”", en: "\"&\" is not followed by an entity name and \";\"", at: index)
            }
            let name = String(decoding: bytes[index + 1 ..< semicolon], as: UTF8.self)
            guard let scalar = Self.predefinedEntity(name) else {
                throw error(
                    zh: "未定义的实体 &\(name);（只接受 XML 预定义实体和字符引用）",
                    en: "undefined entity &\(name); (only the predefined XML entities and character references are accepted)",
                    at: index
                )
            }
            output.append(contentsOf: String(Character(scalar)).utf8)
            index = semicolon + 1
        }
        guard let text = UTF8Validation.string(output[...]) else { throw invalidUTF8(in: range) }
        return text
    }

    static func predefinedEntity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0 else { return nil }
            return Unicode.Scalar(value)
        }
    }

    func invalidUTF8(in range: Range<Int>) -> DocumentReadError {
        error(zh: "文本不是有效的 UTF-8 编码", en: "the text is not valid UTF-8", at: Self.firstInvalidUTF8(in: bytes[range]))
    }

    /// The offset of the first byte that does not continue a valid UTF-8 sequence (the end if none).
    static func firstInvalidUTF8(in bytes: ArraySlice<UInt8>) -> Int {
        UTF8Validation.firstInvalidOffset(in: bytes) ?? bytes.endIndex
    }

    func error(zh: String, en: String, at offset: Int) -> DocumentReadError {
        let (line, column) = Self.lineAndColumn(of: offset, in: bytes)
        return DocumentReadError(LocalizedText(zh: zh, en: en), line: line, column: column)
    }

    /// The 1-based line and column (in characters) of a byte offset.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
