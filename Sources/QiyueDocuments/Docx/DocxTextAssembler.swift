import QiyueCore

/// Turns the items of a part into review lines, each with the place it came from.
///
/// Every paragraph counts (empty ones too, so "第7段" is the seventh `w:p` in reading
/// order, as Word's own paragraph index counts), but only paragraphs with text become
/// lines. A line break inside a paragraph starts a new line whose column says where in
/// the paragraph it begins; leading tabs and spaces are dropped and the column moved past
/// them. Body paragraphs after a 第X条 article (until the next heading) name the article too.
struct DocxTextAssembler {
    /// How a part names its places: the body says `第7段`, a footnote part `脚注2 第1段`.
    enum Part {
        case body
        case header(Int)
        case footer(Int)
        case footnotes
        case endnotes
    }

    let part: Part
    private(set) var lines: [String] = []
    private(set) var origins: [LineOrigin] = []
    private var paragraphNumber = 0
    private var tableCount = 0
    /// Per open table: its number, the current row, and the next cell's grid column.
    private var tables: [(number: Int, row: Int, column: Int, span: Int)] = []
    private var noteNumber = 0
    private var article: String?

    init(part: Part) {
        self.part = part
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
            if let label = paragraph.numberLabel ?? ClauseLabel.article(in: text)?.label, Self.isArticle(label) {
                article = label
            } else if paragraph.headingLevel != nil {
                article = nil
            }
        }
        guard !text.isEmpty else { return }
        let place = placeLabel()
        guard paragraph.hasLineBreak else {
            addLine(text[...], column: 1, place: place)
            return
        }
        var column = 1
        for piece in text.split(separator: "\n", omittingEmptySubsequences: false) {
            addLine(piece, column: column, place: place)
            column += piece.count + 1
        }
    }

    /// Adds one line of a paragraph, without the layout whitespace around it.
    private mutating func addLine(_ piece: Substring, column: Int, place: String) {
        // Most lines neither start nor end with layout space; their first and last bytes show
        // it without walking Characters (no space, tab or U+3000 `E3 80 80` can hide there).
        if let first = piece.utf8.first, let last = piece.utf8.last,
           first != 0x20, first != 0x09, first != 0xE3, last != 0x20, last != 0x09 {
            lines.append(String(piece))
            origins.append(LineOrigin(line: paragraphNumber, column: column, label: place))
            return
        }
        // Leading tabs (after a footnote mark, before indented text) are layout, not content.
        let isLayoutSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        let leading = piece.prefix(while: isLayoutSpace).count
        var content = piece.dropFirst(leading)
        while let last = content.last, last == " " || last == "\t" { content = content.dropLast() }
        guard !content.isEmpty else { return }
        lines.append(String(content))
        origins.append(LineOrigin(line: paragraphNumber, column: column + leading, label: place))
    }

    private func placeLabel() -> String {
        let paragraph = "第\(paragraphNumber)段"
        switch part {
        case .body:
            if let table = tables.last { return "表格\(table.number) 第\(table.row)行 第\(table.column)列" }
            return article.map { "\(paragraph)（\($0)）" } ?? paragraph
        case let .header(number): return "页眉\(number) \(paragraph)"
        case let .footer(number): return "页脚\(number) \(paragraph)"
        case .footnotes: return "脚注\(noteNumber) \(paragraph)"
        case .endnotes: return "尾注\(noteNumber) \(paragraph)"
        }
    }

    static func isArticle(_ label: String) -> Bool {
        label.hasPrefix("第") && label.hasSuffix("条") && label.count >= 3
    }
}
