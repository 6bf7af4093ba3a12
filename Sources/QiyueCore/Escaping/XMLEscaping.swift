/// Escaping for the XML we write: DOCX parts, the Word-template renderer, comments and redlines.
///
/// Two things make Word report "unreadable content": markup characters left unescaped and
/// characters that XML 1.0 forbids outright (C0 control characters other than tab, line feed
/// and carriage return, and U+FFFE/U+FFFF). Template data pasted from spreadsheets and PDFs
/// often carries such characters, so they are removed here — not escaped, because XML 1.0 has
/// no way to express them at all — and every writer, and the template engine's XML mode, goes
/// through this one function. `'` needs no escaping: every attribute we write is double-quoted.
public enum XMLEscaping {
    /// `text` with `& < > "` escaped and characters illegal in XML 1.0 removed; safe in element
    /// content and in double-quoted attribute values.
    public static func escape(_ text: String) -> String {
        var needsWork = false
        for scalar in text.unicodeScalars where needsEscaping(scalar) || !isLegal(scalar) {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        // Build UTF-8 bytes directly: appending to a String's scalar view is far slower.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 32)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case "<": bytes.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case ">": bytes.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case "\"": bytes.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            default: if isLegal(scalar) { UTF8.encode(scalar) { bytes.append($0) } }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` without the characters XML 1.0 cannot contain, unescaped.
    public static func removingIllegalCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isLegal($0) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter(isLegal)))
    }

    /// The XML 1.0 `Char` production: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000 up.
    /// Swift strings never hold surrogates, so only the low controls and U+FFFE/U+FFFF remain.
    public static func isLegal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "&" || scalar == "<" || scalar == ">" || scalar == "\""
    }
}
