import QiyueCore

/// Splits RTF bytes into tokens, one pass, each byte looked at once.
///
/// Lengths the specification bounds are bounded here too: a control word's name has at most
/// 32 letters and its parameter at most 10 digits; anything longer is an error rather than a
/// number that overflows. `\binN` skips at most the bytes that remain.
struct RTFLexer {
    private let bytes: [UInt8]
    private(set) var offset = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func next() throws -> RTFToken? {
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            switch byte {
            case UInt8(ascii: "{"): return .groupStart
            case UInt8(ascii: "}"): return .groupEnd
            case UInt8(ascii: "\\"): return try control()
            case 0x0D, 0x0A: continue
            default: return .text(byte)
            }
        }
        return nil
    }

    private mutating func control() throws -> RTFToken {
        guard offset < bytes.count else { return .controlSymbol(UInt8(ascii: "\\")) }
        let first = bytes[offset]
        guard Self.isLetter(first) else {
            offset += 1
            if first == UInt8(ascii: "'") { return try hexByte() }
            // A backslash before a line end is an old spelling of \par.
            if first == 0x0D || first == 0x0A { return .controlWord("par", nil) }
            return .controlSymbol(first)
        }
        let nameStart = offset
        while offset < bytes.count, Self.isLetter(bytes[offset]) { offset += 1 }
        guard offset - nameStart <= 32 else { throw error("RTF 控制字过长（超过 32 个字母）", "an RTF control word is longer than 32 letters") }
        let name = String(decoding: bytes[nameStart..<offset], as: UTF8.self)
        var parameter: Int?
        var negative = false
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "-"), offset + 1 < bytes.count, Self.isDigit(bytes[offset + 1]) {
            negative = true
            offset += 1
        }
        let digitsStart = offset
        var value = 0
        while offset < bytes.count, Self.isDigit(bytes[offset]) {
            guard offset - digitsStart < 10 else { throw error("RTF 控制字的参数过长（超过 10 位）", "an RTF control word's parameter is longer than 10 digits") }
            value = value * 10 + Int(bytes[offset] - UInt8(ascii: "0"))
            offset += 1
        }
        if offset > digitsStart { parameter = negative ? -value : value }
        // One space ends a control word and belongs to it.
        if offset < bytes.count, bytes[offset] == UInt8(ascii: " ") { offset += 1 }
        if name == "bin", let length = parameter, length > 0 {
            let skipped = min(length, bytes.count - offset)
            offset += skipped
            return .binary(skipped)
        }
        return .controlWord(name, parameter)
    }

    private mutating func hexByte() throws -> RTFToken {
        guard offset + 1 < bytes.count, let high = Self.hexValue(bytes[offset]), let low = Self.hexValue(bytes[offset + 1]) else {
            throw error("RTF 中 \\' 后应有两位十六进制数字", "\\' in RTF must be followed by two hexadecimal digits")
        }
        offset += 2
        return .hexByte(high << 4 | low)
    }

    /// An error at the current byte, with its line and column in the file.
    func error(_ zh: String, _ en: String) -> DocumentReadError {
        var line = 1, lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return DocumentReadError(LocalizedText(zh: zh, en: en), line: line, column: max(1, offset - lineStart))
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
