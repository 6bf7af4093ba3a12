/// Markdown escaping of text, so that data reads as the characters it holds.
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
///
/// The template engine escapes printed values with it and the Markdown writer escapes the
/// text of every inline, so what a template prints and what the writer writes read alike.
public enum MarkdownEscaping {
    /// Works on UTF-8 bytes: every character it escapes is ASCII, and no byte of a multi-byte
    /// character is, so Chinese text passes through untouched without decoding it.
    public static func escape(_ text: String, atLineStart: Bool) -> String {
        let bytes = text.utf8
        // Block markers matter only at a line start; values without inline markup or line feeds
        // that do not start a line are printed as they are (most values).
        guard atLineStart || bytes.contains(where: { isInlineMarkup($0) || $0 == 0x0A || $0 == 0x0D }) else { return text }
        let input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count + 8)
        var lineStart = atLineStart
        var index = 0
        while index < input.count {
            if lineStart {
                lineStart = false
                if let consumed = escapeBlockOpener(input, at: index, into: &output) {
                    index += consumed
                    continue
                }
            }
            let byte = input[index]
            index += 1
            if isInlineMarkup(byte) {
                output.append(UInt8(ascii: "\\"))
            } else if byte == 0x0A || byte == 0x0D {
                lineStart = true
            }
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `\\ * _ ` [ ] < > & |`: markup wherever they stand.
    @inline(__always)
    private static func isInlineMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "|"):
            return true
        default:
            return false
        }
    }

    /// Whether a block marker may be followed by this byte (`nil`: the value's end).
    @inline(__always)
    private static func endsMarker(_ byte: UInt8?) -> Bool {
        byte == nil || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Writes the escaped block marker that opens the line at `index`, if there is one, and
    /// returns how many bytes it covers.
    private static func escapeBlockOpener(_ input: [UInt8], at index: Int, into output: inout [UInt8]) -> Int? {
        let first = input[index]
        let next: UInt8? = index + 1 < input.count ? input[index + 1] : nil
        if first == UInt8(ascii: "{") {
            output.append(contentsOf: [UInt8(ascii: "\\"), first])
            return 1
        }
        if first == UInt8(ascii: "#") || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=") || first == UInt8(ascii: "~") {
            // A marker opens a block only when a space, the line's end or more of itself follows.
            guard next == first || endsMarker(next) else { return nil }
            output.append(contentsOf: [UInt8(ascii: "\\"), first])
            return 1
        }
        var digits = 0
        while index + digits < input.count, digits <= 9, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(input[index + digits]) { digits += 1 }
        guard digits > 0, digits <= 9, index + digits < input.count else { return nil }
        let marker = input[index + digits]
        guard marker == UInt8(ascii: ".") || marker == UInt8(ascii: ")") else { return nil }
        guard endsMarker(index + digits + 1 < input.count ? input[index + digits + 1] : nil) else { return nil }
        output.append(contentsOf: input[index..<index + digits])
        output.append(contentsOf: [UInt8(ascii: "\\"), marker])
        return digits + 1
    }
}
