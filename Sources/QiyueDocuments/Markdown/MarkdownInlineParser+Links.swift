/// Links, images, autolinks and the few HTML tags the reader understands.
extension MarkdownInlineParser {
    // MARK: - Links and images

    /// Parses `[text](destination "title")` with the `[` at `open`; `nil` if it is not a link.
    func link(openingAt open: Int, end: Int, isImage: Bool, depth: Int) -> (MarkdownInlineNode, Int)? {
        guard let close = closingBracket[open], close < end, close + 1 < end, characters[close + 1] == "(" else { return nil }
        // Destination and title together are bounded, so unclosed links cannot rescan the text;
        // a picture's inline bytes (`data:…;base64,`) may run longer, as far as they are base64.
        let destinationStart = skipWhitespace(from: close + 2, to: min(end, close + 2 + 2048))
        let end = min(end, (inlinePayloadEnd(from: destinationStart, end: end) ?? close + 2) + 2048)
        var index = destinationStart
        var destination = ""
        if index < end, characters[index] == "<" {
            index += 1
            while index < end, characters[index] != ">" {
                if characters[index] == "\n" || characters[index] == "<" { return nil }
                destination.append(characters[index])
                index += 1
            }
            guard index < end else { return nil }
            index += 1
        } else {
            var parentheses = 0
            while index < end {
                let character = characters[index]
                if character.isWhitespace { break }
                if character == "\\", index + 1 < end, MarkdownCharacterClass.isEscapable(characters[index + 1]) {
                    destination.append(characters[index + 1])
                    index += 2
                    continue
                }
                if character == "(" { parentheses += 1; if parentheses > 32 { return nil } }
                if character == ")" { if parentheses == 0 { break }; parentheses -= 1 }
                destination.append(character)
                index += 1
            }
        }
        index = skipWhitespace(from: index, to: end)
        let titleClosers: [Character: Character] = ["\"": "\"", "'": "'", "(": ")"]
        if index < end, let closer = titleClosers[characters[index]] {
            index += 1
            while index < end, characters[index] != closer {
                if characters[index] == "\\" { index += 1 }
                index += 1
            }
            guard index < end else { return nil }
            index = skipWhitespace(from: index + 1, to: end)
        }
        guard index < end, characters[index] == ")" else { return nil }
        let next = index + 1
        let start = isImage ? open - 1 : open
        if isImage {
            let alt = parse(open + 1..<close, depth: depth + 1).map(Self.inline(of:)).plainText
            var end = next
            var size = ImageSizeAttributes.none
            if next < characters.count, characters[next] == "{",
               let close = characters[next..<min(characters.count, next + 64)].firstIndex(of: "}"),
               let attributes = ImageSizeAttributes(String(characters[next...close])) {
                size = attributes
                end = close + 1
            }
            return (.image(alt: alt, source: destination, raw: String(characters[start..<end]), offset: start, size: size), end)
        }
        let content = parse(open + 1..<close, depth: depth + 1).map(Self.inline(of:))
        return (.inline(.link(url: destination, content: content)), next)
    }

    /// Where the base64 bytes of a `data:…;base64,` destination starting at `index` end, or
    /// `nil` for any other destination. The run stops at the first character base64 does not
    /// use, so the runs of two links never overlap and the scan stays linear in the text.
    func inlinePayloadEnd(from index: Int, end: Int) -> Int? {
        let prefix = Array("data:")
        guard index + prefix.count < end, (0 ..< prefix.count).allSatisfy({ characters[index + $0].lowercased() == String(prefix[$0]) }) else { return nil }
        var cursor = index + prefix.count
        // The media type is short: `image/png;base64,`.
        let typeEnd = min(end, cursor + 64)
        while cursor < typeEnd, characters[cursor] != "," { cursor += 1 }
        guard cursor < typeEnd, String(characters[index ..< cursor]).lowercased().hasSuffix(";base64") else { return nil }
        cursor += 1
        while cursor < end, let ascii = characters[cursor].asciiValue,
              ascii.isBase64 { cursor += 1 }
        return cursor
    }

    func skipWhitespace(from index: Int, to end: Int) -> Int {
        var index = index
        while index < end, characters[index].isWhitespace { index += 1 }
        return index
    }

    // MARK: - Autolinks and the HTML tags we understand

    func angleBracket(at index: Int, end: Int, depth: Int) -> (MarkdownInlineNode, Int)? {
        var close = index + 1
        while close < end, close - index < 2048, characters[close] != ">", characters[close] != "<", !characters[close].isWhitespace { close += 1 }
        if close < end, characters[close] == ">" {
            let inside = String(characters[(index + 1)..<close])
            if Self.isAbsoluteURI(inside) { return (.inline(.link(url: inside, content: [.text(inside)])), close + 1) }
            if Self.isEmailAddress(inside) { return (.inline(.link(url: "mailto:" + inside, content: [.text(inside)])), close + 1) }
        }
        for tag in ["<br>", "<br/>", "<br />"] where matches(tag, at: index, end: end) {
            return (.inline(.lineBreak), index + tag.count)
        }
        guard depth < Self.maximumDepth else { return nil }
        for (open, closing, wrap) in [("<u>", "</u>", Inline.underline), ("<sup>", "</sup>", Inline.superscript)] where matches(open, at: index, end: end) {
            if let close = Self.first(in: closingTags[closing] ?? [], from: index + open.count, before: end), close + closing.count <= end {
                let content = parse(index + open.count..<close, depth: depth + 1).map(Self.inline(of:))
                return (.inline(wrap(content)), close + closing.count)
            }
        }
        return nil
    }

    func matches(_ literal: String, at index: Int, end: Int) -> Bool {
        Self.matches(literal, in: characters, at: index, end: end)
    }

    /// Whether the ASCII tag `literal` (lower case) starts at `index`, ignoring case.
    static func matches(_ literal: String, in characters: [Character], at index: Int, end: Int) -> Bool {
        var position = index
        for character in literal {
            guard position < end, characters[position].lowercased() == String(character) else { return false }
            position += 1
        }
        return true
    }

    static func isAbsoluteURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        guard (2...32).contains(scheme.count), scheme.first?.isLetter == true,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) else { return false }
        return !text.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0.asciiValue.map { $0 < 0x20 } == true })
    }

    static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".!#$%&'*+/=?^_`{|}~-@".contains($0)) }
    }
}

private extension UInt8 {
    /// Whether the byte is a character of standard base64 (`A–Z a–z 0–9 + / =`).
    var isBase64: Bool {
        (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) || (0x30...0x39).contains(self) || self == 0x2B || self == 0x2F || self == 0x3D
    }
}
