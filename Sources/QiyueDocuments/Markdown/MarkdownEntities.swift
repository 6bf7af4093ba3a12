/// HTML character references in Markdown text: numeric ones and the named entities that
/// appear in Chinese office documents.
///
/// The full HTML5 table has over two thousand names; a reference we do not know stays in
/// the text exactly as written, which CommonMark also does for unknown names.
enum MarkdownEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "copy": "©", "reg": "®",
        "trade": "™", "hellip": "…", "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’",
        "ldquo": "“", "rdquo": "”", "middot": "·", "times": "×", "divide": "÷", "yen": "¥",
        "deg": "°", "plusmn": "±", "sect": "§", "para": "¶", "laquo": "«", "raquo": "»",
        "permil": "‰", "bull": "•", "le": "≤", "ge": "≥", "ne": "≠", "shy": "\u{00AD}",
    ]

    /// Decodes the reference starting with the `&` at `index`; returns the text and the index
    /// after the `;`, or `nil` when there is no valid reference there.
    static func decode(_ characters: [Character], at index: Int, end: Int) -> (String, Int)? {
        var position = index + 1
        var body = ""
        while position < end, position - index <= 33, characters[position] != ";" {
            guard characters[position].isASCII, characters[position].isLetter || characters[position].isNumber || characters[position] == "#" else { return nil }
            body.append(characters[position])
            position += 1
        }
        guard position < end, characters[position] == ";", !body.isEmpty else { return nil }
        if body.hasPrefix("#") {
            let number = body.dropFirst()
            let value: UInt32?
            if number.first == "x" || number.first == "X" {
                value = number.count >= 2 && number.count <= 7 ? UInt32(number.dropFirst(), radix: 16) : nil
            } else {
                value = number.count >= 1 && number.count <= 7 ? UInt32(number) : nil
            }
            guard let value else { return nil }
            // NUL, surrogates and out-of-range values become U+FFFD, as CommonMark requires.
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (String(Character(scalar ?? "\u{FFFD}")), position + 1)
        }
        guard let text = named[body] else { return nil }
        return (text, position + 1)
    }
}
