/// Builds the document model from the body's items.
///
/// Word does not say "this is article 5", so the roles are read from what it does say:
/// heading styles become headings; paragraphs numbered by Word become list items when the
/// label is a plain list number (`1.`, `a)`, a bullet) and clauses otherwise (`第五条`,
/// `（一）`, `1.2`), deeper levels nested under the item above; paragraphs whose typed text
/// starts with `第五条` or `（一）` become clauses too, as the Markdown reader does; a quote
/// style makes a block quote, an empty paragraph with a bottom border a horizontal rule.
/// Tables keep header rows, column widths and merged cells. An unnumbered paragraph closes
/// the open clauses, so closing text such as signature lines never joins the last article.
struct DocxDocumentAssembler {
    private struct OpenClause {
        var level: Int
        var label: String
        var content: [Inline]
        var children: [Block] = []
    }

    private struct OpenList {
        var level: Int
        var numId: String?
        var ordered: Bool
        var start: Int
        var items: [[Block]]
    }

    private(set) var blocks: [Block] = []
    private var clauses: [OpenClause] = []
    private var lists: [OpenList] = []
    private var quote: [Block] = []
    /// A cover page being collected: a `Title` paragraph and the `Subtitle`/`Title Page Line`
    /// paragraphs after it, or a brochure cover's band (`cover`) and the picture and lines after it.
    private var titlePage: (title: [Inline], subtitle: [Inline], lines: [[Inline]], cover: TitleCover?)?
    private var tables = DocxTableAssembler()

    mutating func add(_ item: DocxBodyItem) {
        switch item {
        case let .paragraph(paragraph) where !tables.isOpen: add(paragraph)
        case .tableStart where !tables.isOpen:
            closeAll()
            closeTitlePage()
            _ = tables.add(item)
        case .noteStart: break
        default:
            guard let block = tables.add(item) else { return }
            if case let .titlePage(title, subtitle, _, cover?) = block {
                titlePage = (title, subtitle, [], cover)
            } else {
                blocks.append(block)
            }
        }
    }

    /// Closes whatever is open and returns the blocks.
    mutating func finish() -> [Block] {
        closeAll()
        closeTitlePage()
        return blocks
    }

    private mutating func add(_ paragraph: DocxParagraph) {
        let content = DocxInlineBuilder.inlines(paragraph.segments, hasLineBreaks: paragraph.hasLineBreak)
        let text = paragraph.plainText
        if collectTitlePage(paragraph, content: content) { return }
        closeTitlePage()
        if !paragraph.images.isEmpty {
            closeAll()
            if !text.isEmpty { blocks.append(.paragraph(content)) }
            blocks += paragraph.images.map { .image($0) }
        } else if let level = paragraph.headingLevel {
            closeAll()
            var heading = content
            if let label = paragraph.numberLabel, !paragraph.isBullet, !label.isEmpty {
                heading.insert(.text(label + (paragraph.labelHasSeparator ? " " : "")), at: 0)
            }
            blocks.append(.heading(level: level, content: heading))
        } else if paragraph.isBullet || !(paragraph.numberLabel ?? "").isEmpty {
            if Self.isListLabel(paragraph) {
                closeClauses()
                closeQuote()
                addListItem(paragraph, content: content)
            } else {
                closeLists()
                closeQuote()
                while let level = clauses.last?.level, level >= paragraph.listLevel { closeLastClause() }
                clauses.append(OpenClause(level: paragraph.listLevel, label: paragraph.numberLabel ?? "", content: content))
            }
        } else if paragraph.isQuote, !text.isEmpty {
            closeClauses()
            closeLists()
            quote.append(.paragraph(content))
        } else if text.isEmpty {
            if paragraph.hasBottomBorder {
                closeAll()
                blocks.append(.thematicBreak)
            }
        } else if paragraph.isListContinuation, !lists.isEmpty {
            let last = lists.count - 1
            lists[last].items[lists[last].items.count - 1].append(.paragraph(content))
        } else if let article = TypedClauses.article(in: text) {
            closeAll()
            clauses.append(OpenClause(level: 0, label: article.label, content: Self.dropping(article.prefixLength, from: content)))
        } else if let item = ClauseLabel.item(in: text) {
            closeLists()
            closeQuote()
            let itemContent = Self.dropping(text.distance(from: text.startIndex, to: item.rest.startIndex), from: content)
            // Only the article's label and level are read: binding the whole open clause would
            // keep a second reference to its children and make every append copy them.
            if let articleLabel = clauses.first?.label, let articleLevel = clauses.first?.level, ClauseLabel.article(in: articleLabel) != nil {
                while clauses.count > 1 { closeLastClause() }
                clauses.append(OpenClause(level: articleLevel + 1, label: item.label, content: itemContent))
            } else {
                closeAll()
                blocks.append(.clause(label: item.label, content: itemContent, children: []))
            }
        } else {
            closeAll()
            blocks.append(.paragraph(content))
        }
        if paragraph.hasPageBreak {
            closeAll()
            blocks.append(.pageBreak)
        }
    }

    /// Adds a cover-page paragraph to the page being collected; `false` if it is not one.
    private mutating func collectTitlePage(_ paragraph: DocxParagraph, content: [Inline]) -> Bool {
        if var cover = titlePage?.cover {
            // The cover's picture comes right after its band, before its lines; the cover sizes it.
            if cover.picture == nil, titlePage?.lines.isEmpty == true, paragraph.images.count == 1, paragraph.plainText.isEmpty,
               var picture = paragraph.images.first {
                (picture.widthPoints, picture.heightPoints) = (nil, nil)
                cover.picture = picture
                titlePage?.cover = cover
                return true
            }
            // The empty line that spaces the key figures from the cover's lines.
            if paragraph.titleRole == .line, content.isEmpty { return true }
        }
        switch paragraph.titleRole {
        case .title?:
            closeAll()
            closeTitlePage()
            titlePage = (content, [], [], nil)
        case .subtitle? where titlePage != nil: titlePage?.subtitle = content
        case .line? where titlePage != nil: titlePage?.lines.append(content)
        default: return false
        }
        return true
    }

    /// A title alone is a heading; with a subtitle or cover lines it is a title page.
    private mutating func closeTitlePage() {
        guard let page = titlePage else { return }
        titlePage = nil
        if page.cover == nil, page.subtitle.isEmpty, page.lines.isEmpty {
            blocks.append(.heading(level: 1, content: page.title))
        } else {
            blocks.append(.titlePage(title: page.title, subtitle: page.subtitle, lines: page.lines, cover: page.cover))
        }
    }

    /// A bullet, or a plain list number such as `1.`, `a)`, `iv.` in a Latin format.
    static func isListLabel(_ paragraph: DocxParagraph) -> Bool {
        if paragraph.isBullet { return true }
        let listFormats: Set<String> = ["decimal", "decimalZero", "upperLetter", "lowerLetter", "upperRoman", "lowerRoman"]
        guard let label = paragraph.numberLabel, listFormats.contains(paragraph.listFormat), let last = label.last, last == "." || last == ")" else { return false }
        return label.dropLast().allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    private static func dropping(_ count: Int, from content: [Inline]) -> [Inline] {
        TypedClauses.dropping(count, from: content)
    }

    private mutating func addListItem(_ paragraph: DocxParagraph, content: [Inline]) {
        let level = paragraph.listLevel
        while let openLevel = lists.last?.level, openLevel > level { closeLastList() }
        if lists.last?.level == level, lists.last?.numId != paragraph.numId || lists.last?.ordered == paragraph.isBullet { closeLastList() }
        if lists.last?.level == level {
            lists[lists.count - 1].items.append([.paragraph(content)])
        } else {
            lists.append(OpenList(level: level, numId: paragraph.numId, ordered: !paragraph.isBullet, start: paragraph.listValue, items: [[.paragraph(content)]]))
        }
    }

    private mutating func closeAll() {
        closeClauses()
        closeLists()
        closeQuote()
    }

    private mutating func closeQuote() {
        guard !quote.isEmpty else { return }
        blocks.append(.blockQuote(quote))
        quote = []
    }

    private mutating func closeLists() {
        while !lists.isEmpty { closeLastList() }
    }

    private mutating func closeLastList() {
        let list = lists.removeLast()
        let block = Block.list(ordered: list.ordered, start: list.start, items: list.items)
        if lists.isEmpty {
            blocks.append(block)
        } else {
            let last = lists.count - 1
            lists[last].items[lists[last].items.count - 1].append(block)
        }
    }

    private mutating func closeClauses() {
        while !clauses.isEmpty { closeLastClause() }
    }

    private mutating func closeLastClause() {
        let clause = clauses.removeLast()
        let block = Block.clause(label: clause.label, content: clause.content, children: clause.children)
        if clauses.isEmpty {
            blocks.append(block)
        } else {
            clauses[clauses.count - 1].children.append(block)
        }
    }
}
