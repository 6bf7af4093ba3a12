import Foundation

/// Turns the HTML tree into document blocks, recording every line of text with its source offset.
///
/// Headings, paragraphs, lists, tables, block quotes and rules map to their model
/// counterparts; container elements (`div`, `section`, `article`…) contribute their
/// children; text directly inside a container becomes a paragraph of its own; paragraphs
/// starting with `第五条` or `（一）` become clauses (`TypedClauses`).
/// `<head>` supplies the metadata and is otherwise skipped, as are scripts and styles.
struct HTMLDocumentBuilder {
    private(set) var lines: [(text: String, offset: Int)] = []
    private(set) var metadata = DocumentMetadata()

    private static let skipped: Set<String> = ["script", "style", "template", "noscript", "iframe", "object", "svg", "math"]
    private static let containers: Set<String> = [
        "#document", "html", "body", "div", "section", "article", "main", "header", "footer", "nav", "aside", "form", "fieldset",
        "figure", "address", "center", "li", "dt", "dd", "dl", "caption", "figcaption", "tbody", "thead", "tfoot", "details", "summary",
    ]

    mutating func blocks(of nodes: [HTMLNode]) -> [Block] {
        var result: [Block] = []
        var pending: [HTMLNode] = []
        func flush(_ builder: inout HTMLDocumentBuilder) {
            let content = builder.collect(pending)
            if !content.isEmpty { result.append(.paragraph(content)) }
            pending = []
        }
        for node in nodes {
            guard case let .element(element) = node else {
                pending.append(node)
                continue
            }
            let name = element.name
            if name == "head" {
                readMetadata(element)
                continue
            }
            if name == "html", let language = element.attributes["lang"], !language.isEmpty { metadata.language = language }
            if Self.skipped.contains(name) { continue }
            let isBlock = Self.containers.contains(name) || ["p", "pre", "ul", "ol", "table", "blockquote", "hr", "title"].contains(name)
                || (name.count == 2 && name.hasPrefix("h") && name.last!.isNumber)
            guard isBlock else {
                pending.append(node)
                continue
            }
            flush(&self)
            switch name {
            case "h1", "h2", "h3", "h4", "h5", "h6":
                let content = collect(element.children)
                if !content.isEmpty { result.append(.heading(level: Int(String(name.last!)) ?? 1, content: content)) }
            case "p":
                let content = collect(element.children)
                if !content.isEmpty { result.append(.paragraph(content)) }
            case "pre":
                let content = collect(element.children, preformatted: true)
                if !content.isEmpty { result.append(.paragraph(content)) }
            case "ul", "ol":
                let items = element.children.compactMap { child -> [Block]? in
                    guard case let .element(item) = child else { return nil }
                    return item.name == "li" ? blocks(of: item.children) : blocks(of: [child])
                }.filter { !$0.isEmpty }
                if !items.isEmpty {
                    result.append(.list(ordered: name == "ol", start: element.attributes["start"].flatMap { Int($0) } ?? 1, items: items))
                }
            case "header" where element.classes.contains("title-page"):
                result += titlePage(element) ?? blocks(of: element.children)
            case "table": result.append(.table(table(element)))
            case "blockquote": result.append(.blockQuote(blocks(of: element.children)))
            case "hr": result.append(.thematicBreak)
            case "title": if metadata.title == nil { metadata.title = element.children.plainText }
            default: result += blocks(of: element.children)
            }
        }
        flush(&self)
        return TypedClauses.structure(result)
    }

    /// The inline content of `nodes`, recording its lines for the review text.
    mutating func collect(_ nodes: [HTMLNode], preformatted: Bool = false) -> [Inline] {
        var collector = HTMLInlineCollector()
        collector.collect(nodes, preformatted: preformatted)
        let pieces = collector.inlines.plainText.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        for (index, piece) in pieces.enumerated() {
            let offset = index < collector.lineOffsets.count ? collector.lineOffsets[index] : collector.lineOffsets.last ?? 0
            lines.append((String(piece), offset))
        }
        return collector.inlines
    }

    /// A table; one of class `key-figures` (the figures above their labels, as the writer sets
    /// them) is the key-figures panel, its labels the header row as in the other formats.
    mutating func table(_ element: HTMLElement) -> Table {
        var rows: [[TableCell]] = []
        var headerRows = 0
        var headerPhase = true
        func addRows(_ nodes: [HTMLNode], inHead: Bool, _ builder: inout HTMLDocumentBuilder) {
            for case let .element(child) in nodes {
                switch child.name {
                case "thead": addRows(child.children, inHead: true, &builder)
                case "tbody", "tfoot": addRows(child.children, inHead: false, &builder)
                case "tr":
                    var cells: [TableCell] = []
                    var allHeaders = true
                    for case let .element(cell) in child.children where cell.name == "td" || cell.name == "th" {
                        allHeaders = allHeaders && cell.name == "th"
                        let content = builder.collect(cell.children)
                        let columnSpan = max(1, min(1_000, cell.attributes["colspan"].flatMap { Int($0) } ?? 1))
                        let rowSpan = max(1, min(10_000, cell.attributes["rowspan"].flatMap { Int($0) } ?? 1))
                        cells.append(TableCell(content, columnSpan: columnSpan, rowSpan: rowSpan))
                    }
                    if headerPhase, (inHead || allHeaders) && !cells.isEmpty { headerRows += 1 } else { headerPhase = false }
                    rows.append(cells)
                default: break
                }
            }
        }
        addRows(element.children, inHead: false, &self)
        if element.classes.contains("key-figures"), rows.count == 2 {
            var table = Table(rows: rows.reversed(), headerRowCount: 1)
            table.isKeyFigures = true
            return table
        }
        return Table(rows: rows, headerRowCount: headerRows)
    }

    private mutating func readMetadata(_ head: HTMLElement) {
        for case let .element(element) in head.children {
            switch element.name {
            case "title":
                let title = element.children.plainText.trimmingCharacters(in: .whitespacesAndNewlines)
                if !title.isEmpty { metadata.title = title }
            case "meta":
                let content = element.attributes["content"]
                switch element.attributes["name"]?.lowercased() {
                case "author": metadata.author = content
                case "description", "subject": metadata.subject = content
                case "date": metadata.date = content
                default: break
                }
            default: break
            }
        }
    }
}

extension Array where Element == HTMLNode {
    /// The concatenated text of the nodes, without markup.
    var plainText: String {
        map { node in
            switch node {
            case let .text(text, _): return text
            case let .element(element): return element.children.plainText
            }
        }.joined()
    }
}
