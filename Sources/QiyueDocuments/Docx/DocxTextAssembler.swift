import QiyueCore

/// Turns the items of a document's parts into review lines, each with the place it came from.
///
/// Every paragraph counts (empty ones too, so "第7段" is the seventh `w:p` in reading
/// order, as Word's own paragraph index counts), but only paragraphs with text become
/// lines. A line break inside a paragraph starts a new line whose column says where in
/// the paragraph it begins; leading tabs and spaces are dropped and the column moved past
/// them. Body paragraphs after a 第X条 article (until the next heading) name the article too.
/// A label Word draws from its numbering (`第五条 `) is part of the line but not of the
/// paragraph's text, so the line's column starts before 1 by the label's length: a finding
/// in the text after the label then points at its true column in the paragraph.
///
/// Lines are appended to one string as they come, rather than collected and joined, because
/// a long document has a hundred thousand of them.
struct DocxTextAssembler {
    /// How a part names its places: the body says `第7段`, a footnote part `脚注2 第1段`.
    enum Part {
        case body
        case header(Int)
        case footer(Int)
        case footnotes
        case endnotes
    }

    private(set) var part: Part
    private(set) var text = ""
    private(set) var origins: [LineOrigin] = []
    private var paragraphNumber = 0
    private var tableCount = 0
    /// Per open table: its number, the current row, and the next cell's grid column.
    private var tables: [(number: Int, row: Int, column: Int, span: Int)] = []
    private var noteNumber = 0
    private var article: String? {
        didSet { articleSuffix = article.map { "（" + $0 + "）" } ?? "" }
    }
    /// `（第五条）` for the current article, made once per article rather than once per line.
    private var articleSuffix = ""

    init(part: Part) {
        self.part = part
    }

    /// Starts the lines of another part (a header, the footnotes); its paragraphs count from 1 again.
    mutating func begin(_ part: Part) {
        self.part = part
        paragraphNumber = 0
        tableCount = 0
        tables = []
        noteNumber = 0
        article = nil
    }

    /// Reserves room for about `byteCount` bytes of text, so appending never copies it.
    mutating func reserveCapacity(_ byteCount: Int) {
        text.reserveCapacity(byteCount)
    }

    mutating func add(_ item: DocxBodyItem) {
        switch item {
        case let .paragraph(paragraph): add(paragraph)
        case .tableStart:
            tableCount += 1
            tables.append((tableCount, 0, 1, 1))
        // Rows and cells outside any table (malformed files) are ignored rather than trusted.
        case .rowStart where !tables.isEmpty:
            tables[tables.count - 1].row += 1
            tables[tables.count - 1].column = 1
            tables[tables.count - 1].span = 1
        case let .cellStart(span, _) where !tables.isEmpty:
            tables[tables.count - 1].span = span
        case .cellEnd where !tables.isEmpty:
            tables[tables.count - 1].column += tables[tables.count - 1].span
        case .rowStart, .cellStart, .cellEnd: break
        case .rowEnd: break
        case .tableEnd: _ = tables.popLast()
        case .noteStart:
            noteNumber += 1
            paragraphNumber = 0
        }
    }

    private mutating func add(_ paragraph: DocxParagraph) {
        paragraphNumber += 1
        let text = paragraph.visibleText
        if tables.isEmpty {
            if let label = paragraph.numberLabel {
                if Self.isArticle(label) {
                    article = label
                } else if paragraph.headingLevel != nil {
                    article = nil
                }
            } else if let typed = Self.typedArticle(in: text) {
                // A typed label is `第…条` by construction, so it needs no `isArticle` check.
                article = typed
            } else if paragraph.headingLevel != nil {
                article = nil
            }
        }
        guard !text.isEmpty else { return }
        let place = placeLabel()
        var column = 1 - paragraph.labelLength
        guard paragraph.hasLineBreak else {
            if Self.hasNoLayoutSpaceAtEitherEnd(text[...]) {
                // The common case, appended as a whole string (a copy, not a Character walk).
                appendLine(text, origin: LineOrigin(line: paragraphNumber, column: column, label: place))
            } else {
                addLine(text[...], column: column, place: place)
            }
            return
        }
        for piece in text.split(separator: "\n", omittingEmptySubsequences: false) {
            addLine(piece, column: column, place: place)
            column += piece.count + 1
        }
    }

    /// Adds one line of a paragraph, without the layout whitespace around it.
    private mutating func addLine(_ piece: Substring, column: Int, place: String) {
        if Self.hasNoLayoutSpaceAtEitherEnd(piece) {
            appendLine(piece, origin: LineOrigin(line: paragraphNumber, column: column, label: place))
            return
        }
        // Leading tabs (after a footnote mark, before indented text) are layout, not content.
        let isLayoutSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        let leading = piece.prefix(while: isLayoutSpace).count
        var content = piece.dropFirst(leading)
        while let last = content.last, last == " " || last == "\t" { content = content.dropLast() }
        guard !content.isEmpty else { return }
        appendLine(content, origin: LineOrigin(line: paragraphNumber, column: column + leading, label: place))
    }

    /// Whether `piece` neither starts nor ends with layout space, judged from its first and last
    /// bytes without walking Characters (no space, tab or U+3000 `E3 80 80` can hide there).
    private static func hasNoLayoutSpaceAtEitherEnd(_ piece: Substring) -> Bool {
        guard let first = piece.utf8.first, let last = piece.utf8.last else { return false }
        return first != 0x20 && first != 0x09 && first != 0xE3 && last != 0x20 && last != 0x09
    }

    private mutating func appendLine(_ line: String, origin: LineOrigin) {
        if !origins.isEmpty { text.append("\n") }
        text.append(line)
        origins.append(origin)
    }

    private mutating func appendLine(_ line: Substring, origin: LineOrigin) {
        if !origins.isEmpty { text.append("\n") }
        text.append(contentsOf: line)
        origins.append(origin)
    }

    private func placeLabel() -> String {
        switch part {
        case .body:
            if let table = tables.last { return "表格\(table.number) 第\(table.row)行 第\(table.column)列" }
            return Self.bodyPlace(paragraph: paragraphNumber, articleSuffix: articleSuffix)
        default: break
        }
        let paragraph = "第\(paragraphNumber)段"
        switch part {
        case .body: return paragraph
        case let .header(number): return "页眉\(number) \(paragraph)"
        case let .footer(number): return "页脚\(number) \(paragraph)"
        case .footnotes: return "脚注\(noteNumber) \(paragraph)"
        case .endnotes: return "尾注\(noteNumber) \(paragraph)"
        }
    }

    /// `第7段` or `第7段（第五条）`, written as bytes: it is built for every line of a long
    /// document, and string interpolation cost more than all the other work on a line.
    static func bodyPlace(paragraph number: Int, articleSuffix: String) -> String {
        let paragraphMark: StaticString = "第", paragraphEnd: StaticString = "段"
        var digits = 1, power = 10
        while power <= number, digits < 19 {
            digits += 1
            power = power.multipliedReportingOverflow(by: 10).overflow ? Int.max : power * 10
        }
        let suffix = articleSuffix.utf8
        return String(unsafeUninitializedCapacity: 6 + digits + suffix.count) { buffer in
            var index = 0
            for byte in UnsafeBufferPointer(start: paragraphMark.utf8Start, count: 3) { buffer[index] = byte; index += 1 }
            var value = max(0, number)
            for offset in stride(from: digits - 1, through: 0, by: -1) {
                buffer[index + offset] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
            index += digits
            for byte in UnsafeBufferPointer(start: paragraphEnd.utf8Start, count: 3) { buffer[index] = byte; index += 1 }
            for byte in suffix { buffer[index] = byte; index += 1 }
            return index
        }
    }

    /// The typed article label (`第五条`) that starts `text`; only text whose first bytes are
    /// `第` (E7 AC AC) is parsed, which spares the parse for almost every paragraph.
    private static func typedArticle(in text: String) -> String? {
        var bytes = text.utf8.makeIterator()
        guard bytes.next() == 0xE7, bytes.next() == 0xAC, bytes.next() == 0xAC else { return nil }
        return ClauseLabel.article(in: text)?.label
    }

    static func isArticle(_ label: String) -> Bool {
        label.hasPrefix("第") && label.hasSuffix("条") && label.count >= 3
    }
}
