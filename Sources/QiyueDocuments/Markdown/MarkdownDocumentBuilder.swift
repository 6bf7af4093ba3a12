import Foundation
import QiyueCore

/// The third pass of the Markdown reader: turns raw blocks into model blocks, parsing their
/// inline text, applying attribute lines, recognising clauses and loading pictures.
final class MarkdownDocumentBuilder {
    static let knownClasses: Set<String> = ["title", "cover", "signature", "figures"]

    let reader: MarkdownReader
    private(set) var diagnostics: [Diagnostic] = []

    init(reader: MarkdownReader) {
        self.reader = reader
    }

    func blocks(from raws: [MarkdownRawBlock]) -> [Block] {
        var result: [Block] = []
        // The raw block an attribute line directly below may replace: only one that became
        // exactly the last result block, so that replacing it can never drop other text.
        var previousRaw: MarkdownRawBlock?
        var pending: (classes: [String], line: MarkdownLine)?
        for raw in raws {
            if case let .attribute(classes, appliesToPrevious, line) = raw {
                if let pending { result.append(unusedAttribute(pending.line, reason: .nothingFollows)) }
                pending = nil
                if let unknown = classes.first(where: { !Self.knownClasses.contains($0) }) {
                    result.append(unusedAttribute(line, reason: .unknownClass(unknown)))
                } else if appliesToPrevious, let previous = previousRaw {
                    if let applied = apply(classes, to: previous, line: line) {
                        result.removeLast()
                        result.append(applied)
                    } else {
                        result.append(unusedAttribute(line, reason: .unsuitableBlock))
                    }
                } else {
                    pending = (classes, line)
                }
                previousRaw = nil
                continue
            }
            var converted = convert(raw)
            if let attribute = pending {
                pending = nil
                if let applied = apply(attribute.classes, to: raw, line: attribute.line) {
                    converted = [applied]
                } else {
                    result.append(unusedAttribute(attribute.line, reason: .unsuitableBlock))
                }
            }
            // An item such as （一） directly after an article (第五条) belongs to that article.
            if converted.count == 1, case let .clause(label, _, []) = converted[0], ClauseLabel.item(in: label) != nil,
               Self.appendItem(converted[0], toArticleAtEndOf: &result) {
                previousRaw = nil
            } else {
                result += converted
                previousRaw = converted.count == 1 ? raw : nil
            }
        }
        if let pending { result.append(unusedAttribute(pending.line, reason: .nothingFollows)) }
        return result
    }

    /// Appends `item` to the children of the article that ends `blocks`, if it ends with one.
    ///
    /// The article is taken out of the array and its children out of the enum before the
    /// append, so neither has a second reference and the append is amortised O(1): building
    /// `children + [item]` instead copied the whole list per item, which made 20,000 items
    /// under one article take seconds.
    static func appendItem(_ item: Block, toArticleAtEndOf blocks: inout [Block]) -> Bool {
        guard case let .clause(label, _, _)? = blocks.last, ClauseLabel.article(in: label) != nil,
              case .clause(_, let content, var children)? = blocks.popLast()
        else { return false }
        children.append(item)
        blocks.append(.clause(label: label, content: content, children: children))
        return true
    }

    // MARK: - Raw blocks to model blocks

    private func convert(_ raw: MarkdownRawBlock) -> [Block] {
        switch raw {
        case let .heading(level, line):
            return [.heading(level: level, content: inlines(of: [line]))]
        case let .paragraph(lines):
            return paragraphBlocks(lines)
        case let .code(body, _):
            return [.paragraph([.code(body.joined(separator: "\n"))])]
        case let .blockQuote(children):
            return [.blockQuote(blocks(from: children))]
        case let .list(ordered, start, items):
            return [.list(ordered: ordered, start: start, items: items.map { blocks(from: $0) })]
        case let .table(header, alignments, rows):
            let cells = ([header] + rows).map { row in row.map { TableCell(inlines(of: [$0])) } }
            return [.table(Table(rows: cells, headerRowCount: 1, alignments: alignments))]
        case let .oversizedTable(line, columns, rows):
            refuseTable(at: line, columns: columns, rows: rows)
            return []
        case .thematicBreak:
            return [.thematicBreak]
        case .pageBreak:
            return [.pageBreak]
        case let .attribute(_, _, line):
            return [.paragraph([.text(String(line.text))])]
        }
    }

    /// A paragraph, split around the pictures it contains, with clause labels recognised.
    private func paragraphBlocks(_ lines: [MarkdownLine]) -> [Block] {
        let text = joined(lines).text
        var blocks: [Block] = []
        var current: [Inline] = []
        for node in MarkdownInlineParser(text).parse() {
            switch node {
            case let .inline(inline):
                current.append(inline)
            case let .image(alt, source, raw, offset, size):
                if var image = loadImage(source: source, alt: alt, at: location(ofOffset: offset, in: lines), length: raw.count) {
                    image.widthPoints = size.width
                    image.heightPoints = size.height
                    if !Self.isBlank(current) { blocks.append(paragraphOrClause(current)) }
                    current = []
                    blocks.append(.image(image))
                } else {
                    current.append(.text(raw))
                }
            }
        }
        if !Self.isBlank(current) || blocks.isEmpty { blocks.append(paragraphOrClause(current)) }
        return blocks
    }

    private static func isBlank(_ inlines: [Inline]) -> Bool {
        inlines.allSatisfy { if case .lineBreak = $0 { return true }; return $0.plainText.allSatisfy(\.isWhitespace) }
    }

    /// `第五条 …` becomes an article and `（一）…` an item; other paragraphs stay paragraphs.
    func paragraphOrClause(_ pieces: [Inline]) -> Block {
        let inlines = InlineEditing.mergingAdjacentText(pieces)
        let text = inlines.plainText
        let match = ClauseLabel.article(in: text).map { ($0.label, $0.rest.count) } ?? ClauseLabel.item(in: text).map { ($0.label, $0.rest.count) }
        guard let (label, restCount) = match else { return .paragraph(inlines) }
        var content = InlineEditing.dropping(text.count - restCount, from: inlines)
        content = InlineEditing.trimmingLeadingSpaces(content)
        return .clause(label: label, content: content, children: [])
    }

    /// The lines' text joined by line feeds, each line's leading spaces removed as CommonMark
    /// does, and — only when asked, since counting characters is slow — the character offset
    /// at which each source line starts (minus the indentation removed from it).
    private func joined(_ lines: [MarkdownLine], withStarts: Bool = false) -> (text: String, starts: [Int]) {
        var text = ""
        var starts: [Int] = []
        var offset = 0
        for (index, line) in lines.enumerated() {
            let content = line.droppingIndentation(line.indentation)
            var piece = String(content.text)
            if index == lines.count - 1 { while piece.last == " " || piece.last == "\t" { piece.removeLast() } }
            if withStarts {
                starts.append(offset - (content.column - line.column))
                offset += piece.count + 1
            }
            text += piece
            if index < lines.count - 1 { text += "\n" }
        }
        return (text, starts)
    }

    /// The source position of a character offset in the joined text of `lines`.
    func location(ofOffset offset: Int, in lines: [MarkdownLine]) -> SourceLocation {
        let starts = joined(lines, withStarts: true).starts
        var index = 0
        while index + 1 < starts.count, starts[index + 1] <= offset { index += 1 }
        let line = lines[index]
        return SourceLocation(file: reader.fileName, line: line.number, column: line.column + offset - starts[index])
    }

    func inlines(of lines: [MarkdownLine]) -> [Inline] {
        MarkdownInlineParser(joined(lines).text).parse().map(MarkdownInlineParser.inline(of:))
    }

    // MARK: - Diagnostics

    enum UnusedReason {
        case nothingFollows, unknownClass(String), unsuitableBlock
    }

    /// Keeps an attribute line that applies to nothing as text, and says why.
    private func unusedAttribute(_ line: MarkdownLine, reason: UnusedReason) -> Block {
        let message: String
        switch reason {
        case .nothingFollows:
            message = reader.language == .zh ? "属性行“\(line.text)”后面没有可应用的块，按原文保留" : "attribute line '\(line.text)' has no block to apply to; kept as text"
        case let .unknownClass(name):
            message = reader.language == .zh ? "未知的属性“.\(name)”（支持 .title、.cover、.signature、.figures），按原文保留" : "unknown attribute '.\(name)' (supported: .title, .cover, .signature, .figures); kept as text"
        case .unsuitableBlock:
            message = reader.language == .zh ? "属性行“\(line.text)”不适用于该块，按原文保留" : "attribute line '\(line.text)' does not fit this block; kept as text"
        }
        warn(message, at: line)
        return .paragraph([.text(String(line.text))])
    }

    /// An error, not a warning: the table is left out, so the document must not be written.
    func refuseTable(at line: MarkdownLine, columns: Int, rows: Int) {
        let maxColumns = DocumentLimits.maximumTableColumns, maxCells = DocumentLimits.maximumTableCells
        let message = reader.language == .zh
            ? "表格有 \(columns) 列、\(rows) 行，超过上限（最多 \(maxColumns) 列、\(maxCells) 个单元格）；请拆分表格"
            : "the table has \(columns) columns and \(rows) rows, beyond the limit (at most \(maxColumns) columns and \(maxCells) cells); split the table"
        diagnostics.append(.error(message, at: SourceLocation(file: reader.fileName, line: line.number, column: line.column), length: 1))
    }

    func warn(_ message: String, at line: MarkdownLine) {
        diagnostics.append(.warning(message, at: SourceLocation(file: reader.fileName, line: line.number, column: line.column), length: line.text.count))
    }

    func warn(_ message: String, at location: SourceLocation, length: Int) {
        diagnostics.append(.warning(message, at: location, length: length))
    }
}
