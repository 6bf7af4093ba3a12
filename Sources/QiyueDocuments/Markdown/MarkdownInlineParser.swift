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

    let characters: [Character]
    /// For each `[`, the index of its matching `]`, computed once.
    let closingBracket: [Int: Int]
    /// Start indices of backtick runs, by run length, ascending: a code span's closing run is
    /// found by binary search instead of by scanning the rest of the text again.
    let backtickRuns: [Int: [Int]]
    /// Start indices of `</u>` and `</sup>`, ascending, for the same reason.
    let closingTags: [String: [Int]]
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
    static func first(in positions: [Int], from start: Int, before end: Int) -> Int? {
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

    enum Piece {
        case text(String)
        case node(MarkdownInlineNode)
        case delimiter(Delimiter)
    }

    struct Delimiter {
        var character: Character
        var count: Int
        var originalCount: Int
        var canOpen: Bool
        var canClose: Bool
    }

    func parse(_ range: Range<Int>, depth: Int) -> [MarkdownInlineNode] {
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

    func lastCharacter(of pieces: [Piece]) -> Character? {
        guard let last = pieces.last else { return nil }
        switch last {
        case let .text(text): return text.last
        case let .node(.inline(inline)): return inline.plainText.last
        case let .delimiter(delimiter): return delimiter.character
        case .node(.image): return nil
        }
    }

    func skipSpaces(from index: Int, to end: Int) -> Int {
        var index = index
        while index < end, characters[index] == " " || characters[index] == "\t" { index += 1 }
        return index
    }

    // MARK: - Code spans

    /// The start of the next run of exactly `length` backticks, if any.
    func closingBackticks(length: Int, from start: Int, to end: Int) -> Int? {
        guard let position = Self.first(in: backtickRuns[length] ?? [], from: start, before: end) else { return nil }
        // A run that touches `end` may be longer in the whole text than in this range.
        return position + length <= end ? position : nil
    }

    /// Code span content: line endings become spaces, and one space is stripped from each
    /// end when both ends have one (so `` ` `` `` can show a backtick).
    func codeContent(_ range: Range<Int>) -> String {
        var content = String(characters[range]).replacingOccurrences(of: "\n", with: " ")
        if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
            content = String(content.dropFirst().dropLast())
        }
        return content
    }

}
