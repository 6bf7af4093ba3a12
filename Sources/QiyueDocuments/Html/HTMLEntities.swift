/// The named character references the HTML reader decodes.
///
/// The full HTML table has over two thousand names; these are the ones that occur in
/// agreements, government pages and office exports. An unknown name is left in the text
/// as written (`&foo;`), so nothing ever vanishes and nothing is ever looked up elsewhere.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "thinsp": "\u{2009}", "zwsp": "\u{200B}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "shy": "\u{00AD}",
        "copy": "©", "reg": "®", "trade": "™", "sect": "§", "para": "¶", "middot": "·", "bull": "•", "hellip": "…",
        "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»",
        "prime": "′", "Prime": "″", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷", "minus": "−", "le": "≤", "ge": "≥",
        "ne": "≠", "asymp": "≈", "infin": "∞", "permil": "‰", "percnt": "%", "yen": "¥", "euro": "€", "pound": "£", "cent": "¢",
        "dollar": "$", "num": "#", "excl": "!", "quest": "?", "comma": ",", "period": ".", "colon": ":", "semi": ";",
        "lpar": "(", "rpar": ")", "lsqb": "[", "rsqb": "]", "lcub": "{", "rcub": "}", "sol": "/", "bsol": "\\", "ast": "*",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "check": "✓", "cross": "✗", "star": "☆", "starf": "★",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "sup1": "¹", "sup2": "²", "sup3": "³", "micro": "µ", "iexcl": "¡", "iquest": "¿",
    ]

    /// The text of a reference body (`amp`, `#20108`, `#x4E00`), or `nil` when unknown or invalid.
    static func decode(_ name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
        return named[String(name)]
    }

    /// Replaces every known reference in `text`; unknown ones stay as written.
    static func decodeAll(in text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var result = ""
        var rest = text
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            if let semicolon = rest[afterAmpersand...].prefix(12).firstIndex(of: ";"),
               let decoded = decode(rest[afterAmpersand ..< semicolon]) {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result.append("&")
                rest = rest[afterAmpersand...]
            }
        }
        result += rest
        return result
    }
}
