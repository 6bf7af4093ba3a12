import Foundation

/// Decodes the bytes of a plain-text input into a `String`, whatever encoding a Chinese
/// office is likely to have saved it in.
///
/// Agreements arrive as UTF-8 (with or without the byte-order mark Windows Notepad adds),
/// UTF-16 with a byte-order mark ("Unicode" in Notepad), or GBK/GB18030 (the default of
/// Chinese Windows). Decoding them all means a reviewer never has to convert a file first;
/// anything that is none of these, such as a binary file given by mistake, is rejected with
/// a message that says where the trouble starts instead of being reviewed as garbage.
public enum PlainTextDecoder {
    /// The encodings the decoder recognises, in the order it tries them.
    public enum DetectedEncoding: String, Sendable, Equatable {
        case utf8 = "UTF-8"
        case utf16LittleEndian = "UTF-16LE"
        case utf16BigEndian = "UTF-16BE"
        case gb18030 = "GB18030"
    }

    /// `kCFStringEncodingGB_18030_2000` as an `NSStringEncoding`; swift-corelibs-foundation
    /// decodes it through ICU although Linux does not export the CF conversion function.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    public static func decode(_ data: Data, path: String) throws -> String {
        try decodeDetectingEncoding(data, path: path).text
    }

    /// Decodes `data` and says which encoding it was in.
    public static func decodeDetectingEncoding(_ data: Data, path: String) throws -> (text: String, encoding: DetectedEncoding) {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try (utf8(bytes.dropFirst(3), path: path, offsetBase: 3), .utf8)
        }
        // FF FE 00 00 also begins UTF-16LE text whose first character is U+0000; either
        // way it is not a draft, and read as UTF-16 it would be reviewed as noise.
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw TextDecodingError(path: path, line: 1, column: 1, kind: .utf32)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let body = Data(bytes.dropFirst(2))
            guard body.count % 2 == 0, let text = String(data: body, encoding: little ? .utf16LittleEndian : .utf16BigEndian) else {
                throw TextDecodingError(path: path, line: 1, column: 1, kind: .invalidUTF16)
            }
            // A NUL decodes as a character, and one inside a clause splits a rule's term in two.
            if let nul = text.unicodeScalars.firstIndex(of: "\u{0}") {
                let before = text.unicodeScalars[..<nul]
                let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
                throw TextDecodingError(path: path, line: line, column: column, kind: .binary(byteOffset: 2 + 2 * before.reduce(0) { $0 + ($1.value > 0xFFFF ? 2 : 1) }))
            }
            return (text, little ? .utf16LittleEndian : .utf16BigEndian)
        }
        if let nul = firstNUL(in: bytes) {
            let (line, column) = position(ofByte: nul, in: bytes)
            throw TextDecodingError(path: path, line: line, column: column, kind: .binary(byteOffset: nul))
        }
        // The standard library validates and decodes in one fast pass; only a failure needs
        // the offset of the first bad byte.
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        if let invalid = firstInvalidUTF8Offset(bytes) {
            if let text = String(data: data, encoding: gb18030), isPlausibleText(text) {
                return (text, .gb18030)
            }
            let (line, column) = position(ofByte: invalid, in: bytes)
            throw TextDecodingError(path: path, line: line, column: column, kind: .unknownEncoding(byteOffset: invalid))
        }
        return (bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }, .utf8)
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, path: String, offsetBase: Int) throws -> String {
        let body = Array(bytes)
        if firstNUL(in: body) == nil, let text = String(validating: body, as: UTF8.self) { return text }
        if let invalid = firstInvalidUTF8Offset(body) {
            let (line, column) = position(ofByte: invalid, in: body)
            throw TextDecodingError(path: path, line: line, column: column, kind: .invalidUTF8(byteOffset: invalid + offsetBase))
        }
        if let nul = firstNUL(in: body) {
            let (line, column) = position(ofByte: nul, in: body)
            throw TextDecodingError(path: path, line: line, column: column, kind: .binary(byteOffset: nul + offsetBase))
        }
        return body.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    /// The offset of the first NUL byte, by `memchr`: every text file read is searched for
    /// one, and the byte-by-byte search cost half as much as validating the whole file.
    static func firstNUL(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= low, second <= high else { return index }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }

    /// Rejects decodings full of control characters: GB18030 accepts many byte sequences,
    /// so a random binary file can decode "successfully" into nonsense.
    static func isPlausibleText(_ text: String) -> Bool {
        var controls = 0, total = 0
        for scalar in text.unicodeScalars {
            total += 1
            if scalar.value < 0x20, scalar != "\n", scalar != "\r", scalar != "\t", scalar != "\u{0C}" { controls += 1 }
            if scalar.value >= 0xE000 && scalar.value <= 0xF8FF { controls += 1 }
        }
        return total == 0 || controls * 100 <= total
    }

    /// The 1-based line and byte-based column of a byte offset, for the error message.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let starts = LineIndex.byteLineStarts(of: bytes[..<min(offset, bytes.count)])
        let line = starts.count
        let lineStart = starts[line - 1]
        // Count characters, not bytes, up to the offset: the prefix is valid UTF-8 or ASCII.
        let prefix = bytes[lineStart..<min(offset, bytes.count)]
        let column = String(decoding: prefix, as: UTF8.self).count + 1
        return (line, column)
    }
}
