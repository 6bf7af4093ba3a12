/// The second pass of the Markdown reader: turns the text of one paragraph, heading or table
/// cell into inline elements.
///
/// Supported: backslash escapes, entity and numeric character references, code spans,
/// `*`/`_` emphasis and strong emphasis (CommonMark's delimiter algorithm with the CJK
/// adjustment of `MarkdownCharacterClass`), inline links `[text](url "title")`, images,
/// autolinks `<https://…>`, the HTML tags `<u>`, `<sup>` and `<br>`, hard line breaks (two
/// trailing spaces or a backslash) and soft breaks. Anything else — reference links, other
/// HTML, strikethrough — stays in the text exactly as written, so nothing silently vanishes.
///
/// Every scan is linear or bounded (`maximumDepth`), so hostile input cannot make it hang.
struct MarkdownInlineParser {
    static let maximumDepth = 16

    private let characters: [Character]
    /// For each `[`, the index of its matching `]`, computed once.
    private let closingBracket: [Int: Int]
    /// Start indices of backtick runs, by run length, ascending: a code span's closing run is
    /// found by binary search instead of by scanning the rest of the text again.
    private let backtickRuns: [Int: [Int]]
    /// Start indices of `</u>` and `</sup>`, ascending, for the same reason.
    private let closingTags: [String: [Int]]
    /// Paragraphs with more delimiter runs than this keep their `*` and `_` as text: real prose
    /// never comes close, and it bounds the quadratic worst case of emphasis matching.
    static let maximumDelimiterRuns = 1000

    init(_ text: String) {
        characters = Array(text)
        var stack: [Int] = []
        var matches: [Int: Int] = [:]
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII else {
                index += 1
                continue
            }
            switch characters[index] {
            case "\\": index += 1
            case "[": stack.append(index)
            case "]": if let open = stack.popLast() { matches[open] = index }
            default: break
            }
            index += 1
        }
        closingBracket = matches
        var runs: [Int: [Int]] = [:]
        var tags: [String: [Int]] = ["</u>": [], "</sup>": []]
        index = 0
        while index < characters.count {
            guard characters[index].isASCII else {
                index += 1
                continue
            }
            if characters[index] == "`" {
                var length = 0
                while index + length < characters.count, characters[index + length] == "`" { length += 1 }
                runs[length, default: []].append(index)
                index += length
                continue
            }
            if characters[index] == "<", index + 1 < characters.count, characters[index + 1] == "/" {
                for tag in tags.keys where Self.matches(tag, in: characters, at: index, end: characters.count) {
                    tags[tag]?.append(index)
                }
            }
            index += 1
        }
        backtickRuns = runs
        closingTags = tags
    }

    /// The first element of the ascending `positions` that is ≥ `start` and < `end`.
    private static func first(in positions: [Int], from start: Int, before end: Int) -> Int? {
        var low = 0, high = positions.count
        while low < high {
            let mid = (low + high) / 2
            if positions[mid] < start { low = mid + 1 } else { high = mid }
        }
        return low < positions.count && positions[low] < end ? positions[low] : nil
    }

    /// The inline nodes of the whole text.
    func parse() -> [MarkdownInlineNode] {
        parse(0..<characters.count, depth: 0)
    }

    // MARK: - Tokenising

    private enum Piece {
        case text(String)
        case node(MarkdownInlineNode)
        case delimiter(Delimiter)
    }

    private struct Delimiter {
        var character: Character
        var count: Int
        var originalCount: Int
        var canOpen: Bool
        var canClose: Bool
    }

    private func parse(_ range: Range<Int>, depth: Int) -> [MarkdownInlineNode] {
        var pieces: [Piece] = []
        var text = ""
        func flush() {
            if !text.isEmpty { pieces.append(.text(text)) }
            text = ""
        }
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let character = characters[index]
            // Every construct starts with an ASCII character; comparing a Chinese character
            // with each of them would take Swift's slow, normalising comparison path.
            guard character.isASCII else {
                text.append(character)
                index += 1
                continue
            }
            switch character {
            case "\\":
                if index + 1 < end, characters[index + 1] == "\n" {
                    flush()
                    pieces.append(.node(.inline(.lineBreak)))
                    index = skipSpaces(from: index + 2, to: end)
                } else if index + 1 < end, MarkdownCharacterClass.isEscapable(characters[index + 1]) {
                    text.append(characters[index + 1])
                    index += 2
                } else {
                    text.append("\\")
                    index += 1
                }
            case "`":
                let run = characters[index..<end].prefix { $0 == "`" }.count
                if let close = closingBackticks(length: run, from: index + run, to: end) {
                    flush()
                    pieces.append(.node(.inline(.code(codeContent(index + run..<close)))))
                    index = close + run
                } else {
                    text += String(repeating: "`", count: run)
                    index += run
                }
            case "*", "_":
                flush()
                let run = characters[index..<end].prefix { $0 == character }.count
                pieces.append(.delimiter(delimiter(character, count: run, before: index - 1 >= range.lowerBound ? characters[index - 1] : nil,
                                                   after: index + run < end ? characters[index + run] : nil)))
                index += run
            case "!" where index + 1 < end && characters[index + 1] == "[":
                if depth < Self.maximumDepth, let (node, next) = link(openingAt: index + 1, end: end, isImage: true, depth: depth) {
                    flush()
                    pieces.append(.node(node))
                    index = next
                } else {
                    text.append("!")
                    index += 1
                }
            case "[":
                if depth < Self.maximumDepth, let (node, next) = link(openingAt: index, end: end, isImage: false, depth: depth) {
                    flush()
                    pieces.append(.node(node))
                    index = next
                } else {
                    text.append("[")
                    index += 1
                }
            case "<":
                if let (node, next) = angleBracket(at: index, end: end, depth: depth) {
                    flush()
                    pieces.append(.node(node))
                    index = next
                } else {
                    text.append("<")
                    index += 1
                }
            case "&":
                if let (decoded, next) = MarkdownEntities.decode(characters, at: index, end: end) {
                    text += decoded
                    index = next
                } else {
                    text.append("&")
                    index += 1
                }
            case "\n":
                let trailingSpaces = text.reversed().prefix { $0 == " " }.count
                let previous = text.dropLast(trailingSpaces).last
                text.removeLast(trailingSpaces)
                index = skipSpaces(from: index + 1, to: end)
                if trailingSpaces >= 2 {
                    flush()
                    pieces.append(.node(.inline(.lineBreak)))
                } else if !(MarkdownCharacterClass.isCJK(previous ?? lastCharacter(of: pieces)) && MarkdownCharacterClass.isCJK(index < end ? characters[index] : nil)) {
                    // A soft break is a space between words, but nothing between Chinese characters.
                    text.append(" ")
                }
            default:
                text.append(character)
                index += 1
            }
        }
        flush()
        processEmphasis(&pieces)
        return nodes(from: pieces)
    }

    private func lastCharacter(of pieces: [Piece]) -> Character? {
        guard let last = pieces.last else { return nil }
        switch last {
        case let .text(text): return text.last
        case let .node(.inline(inline)): return inline.plainText.last
        case let .delimiter(delimiter): return delimiter.character
        case .node(.image): return nil
        }
    }

    private func skipSpaces(from index: Int, to end: Int) -> Int {
        var index = index
        while index < end, characters[index] == " " || characters[index] == "\t" { index += 1 }
        return index
    }

    // MARK: - Code spans

    /// The start of the next run of exactly `length` backticks, if any.
    private func closingBackticks(length: Int, from start: Int, to end: Int) -> Int? {
        guard let position = Self.first(in: backtickRuns[length] ?? [], from: start, before: end) else { return nil }
        // A run that touches `end` may be longer in the whole text than in this range.
        return position + length <= end ? position : nil
    }

    /// Code span content: line endings become spaces, and one space is stripped from each
    /// end when both ends have one (so `` ` `` `` can show a backtick).
    private func codeContent(_ range: Range<Int>) -> String {
        var content = String(characters[range]).replacingOccurrences(of: "\n", with: " ")
        if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
            content = String(content.dropFirst().dropLast())
        }
        return content
    }

    // MARK: - Emphasis

    private func delimiter(_ character: Character, count: Int, before: Character?, after: Character?) -> Delimiter {
        typealias Class = MarkdownCharacterClass
        let leftFlanking = !Class.isWhitespace(after)
            && (!Class.isPunctuation(after) || Class.isWhitespace(before) || Class.isPunctuation(before) || Class.isCJK(before))
        let rightFlanking = !Class.isWhitespace(before)
            && (!Class.isPunctuation(before) || Class.isWhitespace(after) || Class.isPunctuation(after) || Class.isCJK(after))
        if character == "*" {
            return Delimiter(character: character, count: count, originalCount: count, canOpen: leftFlanking, canClose: rightFlanking)
        }
        return Delimiter(character: character, count: count, originalCount: count,
                         canOpen: leftFlanking && (!rightFlanking || Class.isPunctuation(before)),
                         canClose: rightFlanking && (!leftFlanking || Class.isPunctuation(after)))
    }

    /// CommonMark's "process emphasis": match closers with the nearest compatible opener,
    /// using a per-kind lower bound so that unmatched runs are never rescanned.
    private func processEmphasis(_ pieces: inout [Piece]) {
        let runs = pieces.reduce(0) { count, piece in
            if case .delimiter = piece { return count + 1 }
            return count
        }
        guard runs <= Self.maximumDelimiterRuns else { return }
        var openersBottom: [String: Int] = [:]
        var closerIndex = 0
        while closerIndex < pieces.count {
            guard case let .delimiter(closer) = pieces[closerIndex], closer.canClose, closer.count > 0 else {
                closerIndex += 1
                continue
            }
            let key = "\(closer.character)\(closer.originalCount % 3)\(closer.canOpen)"
            let bottom = openersBottom[key] ?? -1
            var openerIndex = closerIndex - 1
            var found: Int?
            while openerIndex > bottom {
                if case let .delimiter(opener) = pieces[openerIndex], opener.character == closer.character, opener.canOpen, opener.count > 0 {
                    let oddMatch = (opener.canClose || closer.canOpen) && (opener.originalCount + closer.originalCount) % 3 == 0
                        && !(opener.originalCount % 3 == 0 && closer.originalCount % 3 == 0)
                    if !oddMatch {
                        found = openerIndex
                        break
                    }
                }
                openerIndex -= 1
            }
            guard let found, case var .delimiter(opener) = pieces[found] else {
                openersBottom[key] = closerIndex - 1
                closerIndex += 1
                continue
            }
            var closing = closer
            let used = opener.count >= 2 && closing.count >= 2 ? 2 : 1
            let content = nodes(from: Array(pieces[(found + 1)..<closerIndex])).map(Self.inline(of:))
            opener.count -= used
            closing.count -= used
            let emphasis: Inline = used == 2 ? .bold(content) : .italic(content)
            pieces.replaceSubrange(found...closerIndex, with: [.delimiter(opener), .node(.inline(emphasis)), .delimiter(closing)])
            for (name, value) in openersBottom where value >= found { openersBottom[name] = found - 1 }
            closerIndex = found + 2
        }
    }

    /// Collapses pieces into nodes: unmatched delimiters become text, adjacent text merges.
    private func nodes(from pieces: [Piece]) -> [MarkdownInlineNode] {
        var result: [MarkdownInlineNode] = []
        var text = ""
        for piece in pieces {
            switch piece {
            case let .text(value): text += value
            case let .delimiter(delimiter): text += String(repeating: delimiter.character, count: delimiter.count)
            case let .node(.inline(.text(value))): text += value
            case let .node(node):
                if !text.isEmpty { result.append(.inline(.text(text))) }
                text = ""
                result.append(node)
            }
        }
        if !text.isEmpty { result.append(.inline(.text(text))) }
        return result
    }

    /// A node inside emphasis or a link: a picture there cannot be lifted out, so it keeps
    /// its Markdown source as text.
    static func inline(of node: MarkdownInlineNode) -> Inline {
        switch node {
        case let .inline(inline): return inline
        case let .image(_, _, raw, _): return .text(raw)
        }
    }

    // MARK: - Links and images

    /// Parses `[text](destination "title")` with the `[` at `open`; `nil` if it is not a link.
    private func link(openingAt open: Int, end: Int, isImage: Bool, depth: Int) -> (MarkdownInlineNode, Int)? {
        guard let close = closingBracket[open], close < end, close + 1 < end, characters[close + 1] == "(" else { return nil }
        // Destination and title together are bounded, so unclosed links cannot rescan the text.
        let end = min(end, close + 2 + 2048)
        var index = skipWhitespace(from: close + 2, to: end)
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
            return (.image(alt: alt, source: destination, raw: String(characters[start..<next]), offset: start), next)
        }
        let content = parse(open + 1..<close, depth: depth + 1).map(Self.inline(of:))
        return (.inline(.link(url: destination, content: content)), next)
    }

    private func skipWhitespace(from index: Int, to end: Int) -> Int {
        var index = index
        while index < end, characters[index].isWhitespace { index += 1 }
        return index
    }

    // MARK: - Autolinks and the HTML tags we understand

    private func angleBracket(at index: Int, end: Int, depth: Int) -> (MarkdownInlineNode, Int)? {
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

    private func matches(_ literal: String, at index: Int, end: Int) -> Bool {
        Self.matches(literal, in: characters, at: index, end: end)
    }

    /// Whether the ASCII tag `literal` (lower case) starts at `index`, ignoring case.
    private static func matches(_ literal: String, in characters: [Character], at index: Int, end: Int) -> Bool {
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
