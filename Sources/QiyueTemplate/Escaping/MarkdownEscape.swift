/// Markdown escaping of printed values, so that data reads as the characters it holds.
///
/// A backslash before ASCII punctuation is CommonMark's escape, and the Qiyue reader
/// honours it everywhere, so escaping never changes the text a reader shows. Inline markup
/// characters are escaped wherever they are: `\ * _ ` [ ] < > & |` (emphasis, code, links and
/// images, HTML and comments, entities, table cells). Markers that open a block only at the
/// start of a line (`#` headings, `-`/`+` lists and thematic breaks, `=` setext underlines,
/// `~` fences — each when a space, the line's end or itself follows — `{` attribute lines and
/// `1.` numbered lists) are escaped when the value starts a line of output or follows a line
/// feed inside the value, so `-3`, `#1` and `12.5` stay as written. Line feeds stay:
/// multi-line fields keep their lines, and each new line is escaped as a line start.
enum MarkdownEscape {
    static func escape(_ text: String, atLineStart: Bool) -> String {
        guard text.utf8.contains(where: needsLook) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var lineStart = atLineStart
        var rest = Substring(text)
        while let character = rest.first {
            if lineStart {
                lineStart = false
                if let prefix = escapedBlockOpener(rest) {
                    result += prefix.text
                    rest = rest.dropFirst(prefix.consumed)
                    continue
                }
            }
            rest = rest.dropFirst()
            switch character {
            case "\\", "*", "_", "`", "[", "]", "<", ">", "&", "|":
                result.append("\\")
                result.append(character)
            case "\n", "\r\n", "\r":
                result.append(character)
                lineStart = true
            default:
                result.append(character)
            }
        }
        return result
    }

    /// Bytes that may need escaping somewhere; values without any are printed as they are.
    private static func needsLook(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "#"), UInt8(ascii: "-"),
             UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "{"), UInt8(ascii: "~"), UInt8(ascii: "."), UInt8(ascii: ")"),
             0x0A, 0x0D:
            return true
        default:
            return false
        }
    }

    /// The escaped form of a block marker that opens `line`, and how many characters it covers.
    private static func escapedBlockOpener(_ line: Substring) -> (text: String, consumed: Int)? {
        guard let first = line.first else { return nil }
        if first == "{" { return ("\\{", 1) }
        if "#-+=~".contains(first) {
            // A marker opens a block only when a space, the line's end or more of itself follows.
            let next = line.dropFirst().first
            if next == nil || next == first || next == " " || next == "\t" || next == "\n" || next == "\r" {
                return ("\\" + String(first), 1)
            }
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        let rest = line.dropFirst(digits.count)
        let afterMarker = rest.dropFirst().first
        if !digits.isEmpty, digits.count <= 9, let after = rest.first, after == "." || after == ")",
           afterMarker == nil || afterMarker == " " || afterMarker == "\t" || afterMarker == "\n" || afterMarker == "\r" {
            return (digits + "\\" + String(after), digits.count + 1)
        }
        return nil
    }
}
