import QiyueCore
import Foundation

/// Writes blocks as HTML elements, opening a `<section>` at each heading and closing it
/// before the next heading of the same or a higher level.
struct HTMLBodyWriter {
    private(set) var html = ""
    /// The heading levels of the sections currently open.
    private var openSections: [Int] = []
    /// Whether the last block ended a page (a title page or a page break), so that a page
    /// break right after it does not leave a blank page, as in the DOCX writer.
    private var pageJustEnded = false

    /// The most bytes the body may take: the blocks after the one that crosses it are not written.
    var maximumBytes = Int.max

    /// Whether the body has grown past `maximumBytes`.
    var isFull: Bool { html.utf8.count > maximumBytes }

    mutating func write(_ blocks: [Block]) {
        var index = 0
        while index < blocks.count, !isFull {
            if let figures = TitleCover.figuresOnCover(blocks, at: index), case let .titlePage(title, subtitle, lines, cover?) = blocks[index] {
                writeCover(title: title, subtitle: subtitle, lines: lines, cover: cover, figures: figures)
                index += 2
                continue
            }
            write(blocks[index], topLevel: true)
            index += 1
        }
        closeSections(downTo: 1)
    }

    private mutating func closeSections(downTo level: Int) {
        while let last = openSections.last, last >= level {
            html += "</section>\n"
            openSections.removeLast()
        }
    }

    private mutating func write(_ block: Block, topLevel: Bool) {
        let endedPage = pageJustEnded
        pageJustEnded = false
        switch block {
        case let .heading(level, content):
            let level = min(max(level, 1), 6)
            if topLevel {
                closeSections(downTo: level)
                html += "<section>\n"
                openSections.append(level)
            }
            let script = BlockScript(content)
            html += "<h\(level)\(script.language)>\(Self.lines(content, script))</h\(level)>\n"
        case let .paragraph(content):
            // A paragraph of a Chinese line and its English (`中文<br>English`) is set flush left.
            let script = BlockScript(content)
            let bilingual = !script.isLatin && script.lines.count > 1 && script.lines.contains(where: \.isLatinScript)
            html += "<p\(bilingual ? " class=\"bilingual\"" : script.language)>\(Self.lines(content, script))</p>\n"
        case let .clause(label, content, children):
            let isItem = ClauseLabel.article(in: label) == nil
            html += "<div class=\"\(isItem ? "clause-item" : "clause")\"><p><span class=\"clause-label\">\(HTMLEscaping.escape(label))</span>"
            html += HTMLEscaping.escape(ClauseLabel.separator(after: label, before: content)) + Self.inlines(content) + "</p>\n"
            for child in children { write(child, topLevel: false) }
            html += "</div>\n"
        case let .list(ordered, start, items):
            html += ordered ? (start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n") : "<ul>\n"
            for item in items {
                html += "<li>"
                if item.count == 1, case let .paragraph(content) = item[0] {
                    html += Self.inlines(content)
                } else {
                    html += "\n"
                    for child in item { write(child, topLevel: false) }
                }
                html += "</li>\n"
            }
            html += ordered ? "</ol>\n" : "</ul>\n"
        case let .blockQuote(children):
            html += "<blockquote>\n"
            for child in children { write(child, topLevel: false) }
            html += "</blockquote>\n"
        case let .table(table):
            writeTable(table)
        case let .image(image):
            html += "<figure>\(Self.image(image))</figure>\n"
        case .pageBreak:
            if !endedPage { html += "<div class=\"page-break\"></div>\n" }
            pageJustEnded = true
        case .thematicBreak:
            html += "<hr>\n"
        case let .signatureBlock(parties):
            writeSignature(parties)
        case let .titlePage(title, subtitle, lines, cover?):
            writeCover(title: title, subtitle: subtitle, lines: lines, cover: cover, figures: nil)
        case let .titlePage(title, subtitle, lines, nil):
            html += "<header class=\"title-page\">\n<h1>\(Self.inlines(title))</h1>\n"
            if !subtitle.isEmpty { html += "<p class=\"subtitle\">\(Self.inlines(subtitle))</p>\n" }
            if !lines.isEmpty {
                html += "<div class=\"lines\">\n" + lines.map { "<p>\(Self.inlines($0))</p>\n" }.joined() + "</div>\n"
            }
            html += "</header>\n"
            pageJustEnded = true
        }
    }

    /// A brochure's cover: the band, the picture, the lines, and — on a cover without a
    /// picture — the key figures at its foot, inside the header so the printed page breaks after them.
    private mutating func writeCover(title: [Inline], subtitle: [Inline], lines: [[Inline]], cover: TitleCover, figures: Table?) {
        html += "<header class=\"title-page cover\">\n<div class=\"band\">\n"
        html += title.lines.filter { !$0.isEmpty }.map { "<h1\(Self.language($0))>\(Self.inlines($0))</h1>\n" }.joined()
        html += subtitle.lines.filter { !$0.isEmpty }.map { "<p class=\"subtitle\"\(Self.language($0))>\(Self.inlines($0))</p>\n" }.joined()
        html += "</div>\n"
        if let picture = cover.sizedPicture(textWidth: 453) { html += "<figure>\(Self.image(picture))</figure>\n" }
        if !lines.isEmpty {
            html += "<div class=\"lines\">\n" + lines.map { "<p\(Self.language($0))>\(Self.inlines($0))</p>\n" }.joined() + "</div>\n"
        }
        if let figures {
            html += "<div class=\"cover-figures\">\n"
            writeTable(figures)
            html += "</div>\n"
        }
        html += "</header>\n"
        pageJustEnded = true
    }

    private mutating func writeTable(_ table: Table) {
        let grid = TableGrid(table)
        guard grid.columnCount > 0 else { return }
        if table.isKeyFigures, table.rows.count == 2 {
            // The figures above their labels, as in the DOCX.
            html += "<table class=\"key-figures\">\n<tr>" + table.rows[1].map { "<td>\(Self.lines($0.content))</td>" }.joined() + "</tr>\n"
            html += "<tr>" + table.rows[0].map { "<th scope=\"col\">\(Self.lines($0.content))</th>" }.joined() + "</tr>\n</table>\n"
            return
        }
        html += "<table>\n"
        if table.columnWidths.count == grid.columnCount, table.columnWidths.allSatisfy({ $0 > 0 }) {
            let total = table.columnWidths.reduce(0, +)
            html += "<colgroup>" + table.columnWidths.map { "<col style=\"width: \(String(format: "%.1f", $0 / total * 100))%\">" }.joined() + "</colgroup>\n"
        }
        for (index, row) in table.rows.enumerated() {
            let isHeader = index < table.headerRowCount
            if index == 0, isHeader { html += "<thead>\n" }
            if index == table.headerRowCount { html += "<tbody>\n" }
            html += "<tr>"
            var column = 0
            // Recompute each cell's column from the grid so alignment follows merged cells.
            let starts = grid.rows[index].compactMap { slot -> Int? in
                if case let .cell(_, start) = slot { return start }
                return nil
            }
            for (cellIndex, cell) in row.enumerated() {
                column = cellIndex < starts.count ? starts[cellIndex] : column
                let tag = isHeader ? "th" : "td"
                var attributes = ""
                if cell.columnSpan > 1 { attributes += " colspan=\"\(cell.columnSpan)\"" }
                if cell.rowSpan > 1 { attributes += " rowspan=\"\(cell.rowSpan)\"" }
                if isHeader { attributes += " scope=\"col\"" }
                if !isHeader, column < table.alignments.count, table.alignments[column] != .left {
                    attributes += " style=\"text-align: \(table.alignments[column].rawValue)\""
                }
                let script = BlockScript(cell.content)
                html += "<\(tag)\(attributes)\(script.language)>\(Self.lines(cell.content, script))</\(tag)>"
                column += max(1, cell.columnSpan)
            }
            html += "</tr>\n"
            if index + 1 == table.headerRowCount { html += "</thead>\n" }
        }
        if table.headerRowCount < table.rows.count { html += "</tbody>\n" }
        html += "</table>\n"
    }

    /// ` lang="en"` for a block of Latin-script prose in a Chinese document, so that the style
    /// sheet sets it in a Latin face and ragged-right; nothing otherwise.
    static func language(_ content: [Inline]) -> String {
        language(isLatin: content.isLatinScript)
    }

    static func language(isLatin: Bool) -> String {
        isLatin ? " lang=\"en\"" : ""
    }

    /// A block's lines and whether it is Latin-script prose, worked out once for the block:
    /// the attribute, the bilingual test and the per-line marking all ask.
    struct BlockScript {
        let lines: [[Inline]]
        let isLatin: Bool

        init(_ content: [Inline]) {
            lines = content.lines
            isLatin = content.isLatinScript
        }

        var language: String { HTMLBodyWriter.language(isLatin: isLatin) }
    }

    /// The inlines, with each Latin line of a block that mixes Chinese and English lines
    /// (a heading or cell `中文<br>English`) marked as English on its own.
    static func lines(_ content: [Inline], _ script: BlockScript? = nil) -> String {
        let script = script ?? BlockScript(content)
        guard script.lines.count > 1, !script.isLatin else { return inlines(content) }
        return script.lines.map { line in
            line.isLatinScript ? "<span lang=\"en\">\(inlines(line))</span>" : inlines(line)
        }.joined(separator: "<br>")
    }

    private mutating func writeSignature(_ parties: [SignatureParty]) {
        html += "<table class=\"signature\">\n"
        for start in stride(from: 0, to: parties.count, by: 2) {
            html += "<tr>"
            for party in parties[start..<min(start + 2, parties.count)] {
                let heading = party.name.isEmpty ? party.role : "\(party.role)：\(party.name)"
                html += "<td>" + ([heading] + party.lines).map { "<div>\(HTMLEscaping.escape($0))</div>" }.joined() + "</td>"
            }
            if start + 1 >= parties.count { html += "<td></td>" }
            html += "</tr>\n"
        }
        html += "</table>\n"
    }

    static func image(_ image: Image) -> String {
        let size = image.displaySize(maximumWidth: 453)
        let mime = image.format == .png ? "image/png" : "image/jpeg"
        return "<img src=\"data:\(mime);base64,\(image.data.base64EncodedString())\" alt=\"\(HTMLEscaping.escape(image.altText))\" width=\"\(Int((size.width * 4 / 3).rounded()))\" height=\"\(Int((size.height * 4 / 3).rounded()))\">"
    }

    static func inlines(_ inlines: [Inline]) -> String {
        inlines.map(inline).joined()
    }

    static func inline(_ inline: Inline) -> String {
        switch inline {
        case let .text(text): return HTMLEscaping.escape(text).replacingOccurrences(of: "\n", with: "<br>")
        case let .code(text): return "<code>\(HTMLEscaping.escape(text))</code>"
        case let .bold(content): return "<strong>\(inlines(content))</strong>"
        case let .italic(content): return "<em>\(inlines(content))</em>"
        case let .underline(content): return "<u>\(inlines(content))</u>"
        case let .superscript(content): return "<sup>\(inlines(content))</sup>"
        case .lineBreak: return "<br>"
        case let .link(url, content):
            guard LinkTarget.isSafe(url) else { return inlines(content) }
            return "<a href=\"\(HTMLEscaping.escape(url))\">\(inlines(content))</a>"
        }
    }
}
