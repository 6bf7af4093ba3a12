/// JSON string literals as the toolkit's own JSON outputs write them (review reports,
/// project reports, schema messages): quotes, backslashes and control characters escaped,
/// plus U+2028/U+2029 so the output is also safe inside JavaScript; everything else,
/// Chinese included, is written as itself.
///
/// The template engine's `tojson` filter is not this: it follows Python's `json.dumps`
/// with `ensure_ascii`, and has its own writer.
public enum JSONStringLiteral {
    /// `text` as a quoted JSON string.
    public static func quoted(_ text: String) -> String {
        var result = ""
        append(text, to: &result)
        return result
    }

    /// Appends `text` as a quoted JSON string, copying it whole when nothing needs escaping
    /// (the common case) instead of scalar by scalar.
    public static func append(_ text: String, to output: inout String) {
        output += "\""
        if !needsEscaping(text) {
            output += text
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": output += "\\\""
                case "\\": output += "\\\\"
                case "\n": output += "\\n"
                case "\r": output += "\\r"
                case "\t": output += "\\t"
                case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default:
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    /// Appends `text` as a quoted JSON string to UTF-8 bytes, exactly as `append(_:to:)`
    /// writes it: runs that need no escaping are copied whole, so a report of tens of
    /// megabytes is written without a per-character step.
    public static func append(_ text: String, toUTF8 output: inout [UInt8]) {
        output.append(0x22)
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                // Eight bytes at a time while none of them may need escaping.
                if let base = bytes.baseAddress {
                    while index + 8 <= bytes.count, !mayNeedEscaping(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                        index += 8
                    }
                    guard index < bytes.count else { break }
                }
                let byte = bytes[index]
                // The common byte: none of the escaped ones and no lead of U+2028/U+2029.
                if byte >= 0x20, byte != 0x22, byte != 0x5C, byte != 0xE2 {
                    index += 1
                    continue
                }
                let escape: [UInt8]?
                var length = 1
                switch byte {
                case 0x22: escape = [0x5C, 0x22]
                case 0x5C: escape = [0x5C, 0x5C]
                case 0x0A: escape = [0x5C, 0x6E]
                case 0x0D: escape = [0x5C, 0x72]
                case 0x09: escape = [0x5C, 0x74]
                case 0..<0x20: escape = Array("\\u00".utf8) + [hexDigit(byte >> 4), hexDigit(byte & 0xF)]
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = Array("\\u202".utf8) + [bytes[index + 2] == 0xA8 ? 0x38 : 0x39]
                    length = 3
                default: escape = nil
                }
                if let escape {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    output.append(contentsOf: escape)
                    runStart = index + length
                }
                index += length
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        output.append(0x22)
    }

    /// Whether one of the eight bytes of `word` is below 0x20, a quote, a backslash or 0xE2
    /// (the lead of U+2028/U+2029). Each test is the exact "some byte is zero" test, so no such
    /// byte is ever missed; a byte-by-byte look at the word then decides.
    @inline(__always)
    private static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let below0x20 = (word &- ones &* 0x20) & ~word & highs != 0
        return below0x20 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C)) || hasZeroByte(word ^ (ones &* 0xE2))
    }

    /// A lowercase hexadecimal digit, as `String(_:radix:)` writes it.
    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x57 + value }

    /// Whether `text` holds a byte that needs escaping: a control character, quote,
    /// backslash, or U+2028/U+2029 (UTF-8 E2 80 A8/A9).
    static func needsEscaping(_ text: String) -> Bool {
        var afterE280 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || (afterE280 == 2 && (byte == 0xA8 || byte == 0xA9)) {
                return true
            }
            afterE280 = byte == 0xE2 ? 1 : (afterE280 == 1 && byte == 0x80 ? 2 : 0)
        }
        return false
    }
}
