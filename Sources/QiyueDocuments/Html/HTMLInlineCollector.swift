/// Collects the inline content of an HTML block, and where each of its lines starts in the source.
///
/// Whitespace is collapsed as a browser does, except that a line break between two
/// Chinese characters disappears instead of becoming a space: Chinese pages are often
/// wrapped in the source mid-sentence, and a stray space would split a term the review
/// engine looks for.
struct HTMLInlineCollector {
    private(set) var inlines: [Inline] = []
    /// The source offset of the first visible character of each line (after each `<br>`).
    private(set) var lineOffsets: [Int] = []
    private var atLineStart = true
    private var pendingSpace = false
    private var pendingSpaceHadNewline = false
    private var lastCharacter: Character?

    static let blockNames: Set<String> = HTMLTreeBuilder.closesParagraph.union(["td", "th", "tr", "caption", "figcaption", "center"])

    mutating func collect(_ nodes: [HTMLNode], preformatted: Bool = false) {
        for node in nodes {
            switch node {
            case let .text(text, offset): addText(text, offset: offset, preformatted: preformatted)
            case let .element(element): addElement(element, preformatted: preformatted)
            }
        }
    }

    private mutating func addElement(_ element: HTMLElement, preformatted: Bool) {
        /// Collects the children on their own, then adds them wrapped. The arrays are swapped,
        /// never copied, so deep or long markup stays linear.
        func wrapped(_ wrap: ([Inline]) -> Inline) {
            var outer: [Inline] = []
            swap(&outer, &inlines)
            collect(element.children, preformatted: preformatted)
            var content: [Inline] = []
            swap(&content, &inlines)
            swap(&inlines, &outer)
            if !content.isEmpty { inlines.append(wrap(content)) }
        }
        switch element.name {
        case "br": breakLine()
        case "b", "strong": wrapped { .bold($0) }
        case "i", "em", "cite", "var": wrapped { .italic($0) }
        case "u", "ins": wrapped { .underline($0) }
        case "sup": wrapped { .superscript($0) }
        case "a": wrapped { content in element.attributes["href"].map { .link(url: $0, content: content) } ?? .text(content.plainText) }
        case "img":
            if let alt = element.attributes["alt"], !alt.isEmpty { addText(alt, offset: element.offset, preformatted: false) }
        case "script", "style", "head", "template", "noscript": break
        default:
            if Self.blockNames.contains(element.name), !atLineStart { breakLine() }
            collect(element.children, preformatted: preformatted || element.name == "pre")
        }
    }

    private mutating func breakLine() {
        guard !inlines.isEmpty else { return }
        inlines.append(.lineBreak)
        atLineStart = true
        pendingSpace = false
        lastCharacter = nil
    }

    private mutating func addText(_ text: String, offset: Int, preformatted: Bool) {
        var output = ""
        var firstVisible: Int?
        var utf8Offset = offset
        for character in text {
            defer { utf8Offset += character.utf8.count }
            // Only ASCII whitespace collapses, as in browsers: U+3000 and U+00A0 are content.
            if Self.isCollapsible(character), !(preformatted && character == " ") {
                if preformatted, character.isNewline {
                    flush(&output)
                    breakLine()
                    continue
                }
                pendingSpace = true
                if character.isNewline { pendingSpaceHadNewline = true }
                continue
            }
            if pendingSpace, !atLineStart || !output.isEmpty {
                let joinsChinese = pendingSpaceHadNewline && (lastCharacter.map(Self.isWide) ?? false) && Self.isWide(character)
                if !joinsChinese { output.append(" ") }
            }
            pendingSpace = false
            pendingSpaceHadNewline = false
            if firstVisible == nil, atLineStart, output.isEmpty { firstVisible = utf8Offset }
            output.append(character)
            lastCharacter = character
        }
        if let firstVisible { lineOffsets.append(firstVisible) }
        flush(&output)
    }

    private mutating func flush(_ output: inout String) {
        guard !output.isEmpty else { return }
        if case .text(var previous)? = inlines.last {
            // Taken out of the array first so the string is uniquely referenced and grows in place.
            inlines.removeLast()
            previous += output
            inlines.append(.text(previous))
        } else {
            inlines.append(.text(output))
        }
        atLineStart = false
        output = ""
    }

    static func isCollapsible(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\n" || character == "\r\n" || character == "\r" || character == "\u{000C}"
    }

    static func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x2E80 ... 0x9FFF, 0xF900 ... 0xFAFF, 0xFF00 ... 0xFFEF, 0x20000 ... 0x3FFFF: return true
        default: return false
        }
    }
}
