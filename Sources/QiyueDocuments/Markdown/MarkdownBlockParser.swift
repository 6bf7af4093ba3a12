/// The first pass of the Markdown reader: splits lines into blocks and containers.
///
/// It follows CommonMark's block structure for the constructs Qiyue supports (ATX and setext
/// headings, paragraphs, block quotes, bullet and ordered lists with nesting, fenced code,
/// thematic breaks) plus GitHub pipe tables and the two extensions (`\pagebreak`, attribute
/// lines). Indented code blocks are deliberately read as paragraphs: Chinese drafts often
/// indent body text with spaces, and turning a clause into code would hide it. Containers
/// deeper than `maximumDepth` (16) are read as plain paragraphs so hostile input stays bounded.
struct MarkdownBlockParser {
    static let maximumDepth = 16

    func parse(_ lines: [MarkdownLine], depth: Int = 0) -> [MarkdownRawBlock] {
        var blocks: [MarkdownRawBlock] = []
        var index = 0
        var previousWasBlank = true
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                previousWasBlank = true
                index += 1
                continue
            }
            let start = index
            let block = parseBlock(lines, at: &index, depth: depth, previousWasBlank: previousWasBlank, hasPrevious: !blocks.isEmpty)
            blocks.append(block)
            previousWasBlank = false
            if index == start { index += 1 }  // never loop without progress
        }
        return blocks
    }

    func parseBlock(_ lines: [MarkdownLine], at index: inout Int, depth: Int, previousWasBlank: Bool, hasPrevious: Bool) -> MarkdownRawBlock {
        let line = lines[index]
        let indent = line.indentation
        let content = line.droppingIndentation(min(indent, 3))
        let text = content.text
        if indent < 4 {
            if content.trimmed == "\\pagebreak" {
                index += 1
                return .pageBreak
            }
            if let classes = Self.attributeClasses(content.trimmed) {
                index += 1
                return .attribute(classes: classes, appliesToPrevious: hasPrevious && !previousWasBlank, line: content)
            }
            if let heading = Self.atxHeading(content) {
                index += 1
                return heading
            }
            if Self.isThematicBreak(text) {
                index += 1
                return .thematicBreak
            }
            if let fence = Self.fence(text) {
                return parseFencedCode(lines, at: &index, fence: fence, indent: indent, opening: content)
            }
            if depth < Self.maximumDepth, text.first == ">" {
                return parseBlockQuote(lines, at: &index, depth: depth)
            }
            if depth < Self.maximumDepth, let marker = MarkdownListMarker(content, indent: indent) {
                return parseList(lines, at: &index, first: marker, depth: depth)
            }
            if index + 1 < lines.count, text.contains("|"), let table = parseTable(lines, at: &index) {
                return table
            }
        }
        return parseParagraph(lines, at: &index)
    }

    // MARK: - Paragraphs and setext headings

    func parseParagraph(_ lines: [MarkdownLine], at index: inout Int) -> MarkdownRawBlock {
        var collected = [lines[index]]
        index += 1
        while index < lines.count {
            let line = lines[index]
            if line.isBlank { break }
            if line.indentation < 4 {
                let trimmed = line.trimmed
                if !trimmed.isEmpty, trimmed.allSatisfy({ $0 == "=" }) {
                    index += 1
                    return .heading(level: 1, text: Self.joinedForHeading(collected))
                }
                if !trimmed.isEmpty, trimmed.allSatisfy({ $0 == "-" }) {
                    index += 1
                    return .heading(level: 2, text: Self.joinedForHeading(collected))
                }
            }
            if interruptsParagraph(lines, at: index) { break }
            collected.append(line)
            index += 1
        }
        return .paragraph(collected)
    }

    /// A multi-line setext heading keeps only its first line's position; its text is joined.
    static func joinedForHeading(_ lines: [MarkdownLine]) -> MarkdownLine {
        var first = lines[0]
        first.text = Substring(lines.map { String($0.trimmed) }.joined(separator: "\n"))
        return first
    }

    /// Whether `lines[index]` begins a block that ends the paragraph above it.
    func interruptsParagraph(_ lines: [MarkdownLine], at index: Int) -> Bool {
        let line = lines[index]
        guard line.indentation < 4 else { return false }
        let content = line.droppingIndentation(line.indentation)
        let text = content.text
        if content.trimmed == "\\pagebreak" || Self.attributeClasses(content.trimmed) != nil { return true }
        if Self.atxHeading(content) != nil || Self.isThematicBreak(text) || Self.fence(text) != nil || text.first == ">" { return true }
        if let marker = MarkdownListMarker(content, indent: line.indentation), !marker.isEmptyItem {
            // CommonMark: an ordered list interrupts a paragraph only when it starts at 1.
            if !marker.ordered || marker.start == 1 { return true }
        }
        if index + 1 < lines.count, text.contains("|"), Self.delimiterRow(lines[index + 1].trimmed) != nil { return true }
        return Self.startsClause(content.trimmed)
    }

    /// Qiyue's clause extension: a line opening with an item label (`（一）`) or with an article
    /// label (`第五条　…`) starts a new paragraph even without a blank line,
    /// the way agreements are drafted. `第三条的规定…` (a reference, no space) does not.
    static func startsClause(_ text: Substring) -> Bool {
        ClauseLabel.item(in: text) != nil || ClauseLabel.article(in: text) != nil
    }

    // MARK: - Headings, breaks, fences, attributes

    static func atxHeading(_ line: MarkdownLine) -> MarkdownRawBlock? {
        let text = line.text
        let hashes = text.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = text.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var heading = line.dropping(hashes)
        let leading = heading.text.prefix { $0 == " " || $0 == "\t" }.count
        heading = heading.dropping(leading)
        heading.text = heading.trimmed
        // An optional closing run of #s is not part of the text when a space precedes it (or it
        // is all there is).
        let closing = heading.text.reversed().prefix { $0 == "#" }.count
        if closing > 0 {
            let body = heading.text.dropLast(closing)
            if body.isEmpty || body.last == " " || body.last == "\t" {
                heading.text = MarkdownLine(text: body, number: 0, column: 0).trimmed
            }
        }
        return .heading(level: hashes, text: heading)
    }

    static func isThematicBreak<S: StringProtocol>(_ text: S) -> Bool {
        guard let marker = text.first(where: { $0 != " " && $0 != "\t" }), "-*_".contains(marker) else { return false }
        var count = 0
        for character in text {
            if character == marker { count += 1 } else if character != " " && character != "\t" { return false }
        }
        return count >= 3
    }

    /// The fence of a fenced code block (three or more backticks or tildes), if `text` opens one.
    static func fence(_ text: Substring) -> (character: Character, length: Int)? {
        guard let first = text.first, first == "`" || first == "~" else { return nil }
        let length = text.prefix { $0 == first }.count
        guard length >= 3 else { return nil }
        if first == "`", text.dropFirst(length).contains("`") { return nil }
        return (first, length)
    }

    /// The classes of an attribute line `{.name .other}`, or `nil` if `text` is not one.
    static func attributeClasses(_ text: Substring) -> [String]? {
        guard text.count >= 4, text.first == "{", text.last == "}" else { return nil }
        let words = text.dropFirst().dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !words.isEmpty else { return nil }
        var classes: [String] = []
        for word in words {
            guard word.count >= 2, word.first == ".",
                  word.dropFirst().allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }),
                  word.dropFirst().first?.isLetter == true
            else { return nil }
            classes.append(String(word.dropFirst()))
        }
        return classes
    }

    func parseFencedCode(_ lines: [MarkdownLine], at index: inout Int, fence: (character: Character, length: Int), indent: Int, opening: MarkdownLine) -> MarkdownRawBlock {
        index += 1
        var body: [Substring] = []
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmed
            index += 1
            if line.indentation < 4, trimmed.prefix(while: { $0 == fence.character }).count >= fence.length,
               trimmed.allSatisfy({ $0 == fence.character }) {
                return .code(body, line: opening)
            }
            body.append(line.droppingIndentation(indent).text)
        }
        return .code(body, line: opening)
    }

}
