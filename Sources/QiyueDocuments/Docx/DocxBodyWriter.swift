import Foundation

/// Turns the blocks of a `Document` into the body of `word/document.xml`, collecting on the
/// way everything the other parts must declare: hyperlink and image relationships, the media
/// files, and one numbering instance per list.
///
/// The writer appends to one string; a 100-page agreement is a few hundred kilobytes of XML,
/// so building it without an intermediate tree keeps writing well under 100 ms.
final class DocxBodyWriter {
    /// What a block inherits from the blocks around it.
    struct Context {
        /// The paragraph style replacing `Normal` (inside block quotes).
        var paragraphStyle: String?
        /// The nesting depth of the enclosing lists; 0 outside lists.
        var listDepth = 0
    }

    /// A relationship from `document.xml` to a hyperlink target or an image part.
    struct Relationship {
        var id: String
        var type: String
        var target: String
        var isExternal: Bool
    }

    let style: DocxStyle
    var xml = ""
    var relationships: [Relationship] = []
    var media: [(name: String, data: Data)] = []
    private(set) var numbering: [DocxNumberingPart.Instance] = []
    var drawingCount = 0
    /// Set by a page break or a title page: the next paragraph starts a new page
    /// (`w:pageBreakBefore`), which avoids the empty line an explicit break paragraph leaves at
    /// the top of the next page. Several breaks in a row therefore give one new page, never a
    /// blank one.
    var pageBreakPending = false
    /// Whether the last thing written was a table: Word merges adjacent tables into one and
    /// wants a paragraph before the section properties, so a table is never left last.
    var lastBlockWasTable = false

    init(style: DocxStyle) {
        self.style = style
        xml.reserveCapacity(1 << 16)
    }

    /// Writes all blocks, then flushes a trailing page break.
    func write(_ blocks: [Block]) {
        write(blocks, in: Context())
        if pageBreakPending { emitExplicitPageBreak() }
        if lastBlockWasTable { paragraph(style: DocxStylesPart.ID.tableText, runs: "") }
    }

    /// Whether the body has grown past the largest part our readers accept; writing stops
    /// then, so a huge document costs the limit in memory, not its whole size.
    var isFull: Bool { xml.utf8.count > maximumBytes }
    var maximumBytes = DocumentLimits.maximumPartBytes

    func write(_ blocks: [Block], in context: Context) {
        var index = blocks.startIndex
        while index < blocks.endIndex, !isFull {
            if let figures = TitleCover.figuresOnCover(blocks, at: index), case let .titlePage(title, subtitle, lines, _) = blocks[index] {
                writeCover(title: title, subtitle: subtitle, lines: lines, picture: nil, figures: figures)
                index += 2
                continue
            }
            write(blocks[index], in: context)
            index += 1
        }
    }

    func write(_ block: Block, in context: Context) {
        switch block {
        case let .heading(level, content):
            let level = min(max(level, 1), 6)
            paragraph(style: DocxStylesPart.ID.heading(level), runs: headingRuns(content, level: level))
        case let .paragraph(content):
            paragraph(style: context.paragraphStyle, properties: latinProperties(content, context: context), runs: runs(content, font: style.bodyFont))
        case let .clause(label, content, children):
            writeClause(label: label, content: content, children: children, isItem: ClauseLabel.article(in: label) == nil, context: context)
        case let .list(ordered, start, items):
            writeList(ordered: ordered, start: start, items: items, context: context)
        case let .blockQuote(blocks):
            var inner = context
            inner.paragraphStyle = DocxStylesPart.ID.quote
            write(blocks, in: inner)
        case let .table(table):
            writeTable(table)
        case let .image(image):
            paragraph(style: DocxStylesPart.ID.figure, runs: drawing(image))
        case .pageBreak:
            // Consecutive breaks (or a break right after a title page) collapse into one.
            pageBreakPending = true
        case .thematicBreak:
            paragraph(style: DocxStylesPart.ID.rule, runs: "")
        case let .signatureBlock(parties):
            writeSignatureBlock(parties)
        case let .titlePage(title, subtitle, lines, cover):
            if let cover {
                writeCover(title: title, subtitle: subtitle, lines: lines, picture: cover.sizedPicture(textWidth: Double(style.textWidth) / 20))
            } else {
                writeTitlePage(title: title, subtitle: subtitle, lines: lines)
            }
        }
    }

    /// Appends one `w:p`. `properties` are extra `w:pPr` children in schema order after the
    /// style (numbering, borders, spacing, indentation, justification).
    func paragraph(style id: String?, properties: String = "", runs: String) {
        var properties = properties
        if lastBlockWasTable, !properties.contains("<w:spacing") {
            // Text right under a table gets a little air, as a typist would leave.
            let spacing = "<w:spacing w:before=\"156\"/>"
            if let numbering = properties.range(of: "</w:numPr>") {
                properties.insert(contentsOf: spacing, at: numbering.upperBound)
            } else {
                properties = spacing + properties
            }
        }
        xml += "<w:p>"
        lastBlockWasTable = false
        let breakBefore = pageBreakPending ? "<w:pageBreakBefore/>" : ""
        pageBreakPending = false
        if id != nil || !properties.isEmpty || !breakBefore.isEmpty {
            xml += "<w:pPr>"
            if let id { xml += "<w:pStyle w:val=\"\(id)\"/>" }
            xml += breakBefore + properties + "</w:pPr>"
        }
        xml += runs + "</w:p>"
    }

    /// Prepares for a table: content that cannot carry `w:pageBreakBefore` is preceded by a
    /// break paragraph, and a table right after another gets an empty paragraph between them.
    func separateFromPreviousTable() {
        if pageBreakPending {
            emitExplicitPageBreak()
        } else if lastBlockWasTable {
            paragraph(style: DocxStylesPart.ID.tableText, runs: "")
        }
    }

    private func emitExplicitPageBreak() {
        pageBreakPending = false
        lastBlockWasTable = false
        xml += "<w:p><w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:br w:type=\"page\"/></w:r></w:p>"
    }

    /// The paragraph properties that set English ragged-right, or nothing. A paragraph with an
    /// English line (English prose, or `中文<br>English`) loses the Chinese first-line indent
    /// (outside quotes, whose indent is their own), which would push only its Chinese line in,
    /// and English prose gets a little space after it, since without an indent that is what
    /// tells one paragraph from the next.
    private func latinProperties(_ content: [Inline], context: Context) -> String {
        guard style.latinParagraphsRaggedRight, content.lines.contains(where: \.isLatinScript) else { return "" }
        var properties = ""
        if context.paragraphStyle == nil {
            if content.isLatinScript { properties += "<w:spacing \(lastBlockWasTable ? "w:before=\"156\" " : "")w:after=\"120\"/>" }
            properties += "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
        }
        return properties + "<w:jc w:val=\"left\"/>"
    }

    /// A heading's runs. In a layout with a Latin face, the English line of a bilingual heading
    /// (`项目概况<br>Project Overview`) is set smaller and grey under the Chinese, so the two
    /// read as one heading in two languages rather than two headings.
    private func headingRuns(_ content: [Inline], level: Int) -> String {
        let font = style.headingFont(level: level)
        let lines = content.lines
        guard style.latinFont != nil, lines.count > 1, !content.isLatinScript else { return runs(content, font: font) }
        let size = style.headingSize(level: level) * 17 / 20
        return lines.enumerated().map { index, line in
            var text = index == 0 ? "" : "<w:r><w:br/></w:r>"
            let plain = runs(line, font: font)
            text += line.isLatinScript ? coloured(plain, colour: "<w:color w:val=\"404040\"/>", size: size) : plain
            return text
        }.joined()
    }

    private func writeClause(label: String, content: [Inline], children: [Block], isItem: Bool, context: Context) {
        let labelFormat = isItem ? "" : "<w:b/><w:bCs/>"
        var text = "<w:r><w:rPr>\(style.runFonts(style.bodyFont))\(labelFormat)</w:rPr>\(DocxBodyWriter.textElements(label))</w:r>"
        let separator = ClauseLabel.separator(after: label, before: content)
        if !separator.isEmpty {
            text += "<w:r><w:rPr>\(style.runFonts(style.bodyFont))</w:rPr><w:t xml:space=\"preserve\">\(separator)</w:t></w:r>"
        }
        text += runs(content, font: style.bodyFont)
        paragraph(style: isItem ? DocxStylesPart.ID.clauseItem : DocxStylesPart.ID.clause, runs: text)
        for child in children {
            if case let .clause(childLabel, childContent, grandchildren) = child {
                writeClause(label: childLabel, content: childContent, children: grandchildren, isItem: true, context: context)
            } else {
                write(child, in: context)
            }
        }
    }

    private func writeList(ordered: Bool, start: Int, items: [[Block]], context: Context) {
        let level = min(context.listDepth, 8)
        numbering.append(.init(ordered: ordered, level: level, start: max(start, 0)))
        let numberingID = DocxNumberingPart.numberingID(ofInstanceAt: numbering.count - 1)
        let numbered = "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numberingID)\"/></w:numPr>"
        let continuation = "<w:ind w:left=\"\((level + 1) * 480)\" w:firstLine=\"0\" w:firstLineChars=\"0\"/>"
        var inner = context
        inner.listDepth += 1
        for item in items {
            var remaining = item[...]
            if case let .paragraph(content)? = remaining.first {
                paragraph(style: DocxStylesPart.ID.listParagraph, properties: numbered, runs: runs(content, font: style.bodyFont))
                remaining = remaining.dropFirst()
            } else {
                paragraph(style: DocxStylesPart.ID.listParagraph, properties: numbered, runs: "")
            }
            for block in remaining {
                if case let .paragraph(content) = block {
                    paragraph(style: DocxStylesPart.ID.listParagraph, properties: continuation, runs: runs(content, font: style.bodyFont))
                } else {
                    write(block, in: inner)
                }
            }
        }
    }

    private func writeTitlePage(title: [Inline], subtitle: [Inline], lines: [[Inline]]) {
        paragraph(style: DocxStylesPart.ID.title, properties: "<w:spacing w:before=\"3600\" w:after=\"480\"/>", runs: runs(title, font: style.titleFont))
        if !subtitle.isEmpty {
            paragraph(style: DocxStylesPart.ID.subtitle, runs: runs(subtitle, font: style.headingFont(level: 2)))
        }
        for (index, line) in lines.enumerated() {
            let spacing = index == 0 ? "<w:spacing w:before=\"2400\"/>" : ""
            paragraph(style: DocxStylesPart.ID.titlePageLine, properties: spacing, runs: runs(line, font: style.bodyFont))
        }
        pageBreakPending = true
    }
}
