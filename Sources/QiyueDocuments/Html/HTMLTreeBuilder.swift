import QiyueCore

/// Builds a tree from HTML tokens with the forgiving rules of real pages.
///
/// Void elements never take children; a block element closes an open `<p>`; `<li>`,
/// `<td>`, `<tr>` and friends close their open siblings; an end tag with no open element
/// of that name is ignored, and one that has closes everything opened inside it. Depth is
/// bounded so that ten thousand nested `<div>`s are an error, not a stack overflow.
struct HTMLTreeBuilder {
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "div", "dl", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul", "li", "dd", "dt",
    ]

    let maximumDepth: Int
    /// The source, only to give an error's line and column.
    let source: [UInt8]
    private var stack: [HTMLElement] = [HTMLElement(name: "#document", attributes: [:], offset: 0)]
    /// How many elements of each name are open, so a stray end tag is dismissed without a search.
    private var openCounts: [String: Int] = [:]

    init(maximumDepth: Int, source: [UInt8]) {
        self.maximumDepth = maximumDepth
        self.source = source
    }

    mutating func build(_ tokenizer: inout HTMLTokenizer) throws -> HTMLElement {
        while let token = tokenizer.next() {
            switch token {
            case let .text(text, offset):
                stack[stack.count - 1].children.append(.text(text, offset: offset))
            case let .startTag(name, attributes, selfClosing, offset):
                try open(name, attributes: attributes, selfClosing: selfClosing, offset: offset)
            case let .endTag(name, _):
                close(name)
            }
        }
        while stack.count > 1 { popElement() }
        return stack[0]
    }

    private mutating func open(_ name: String, attributes: [String: String], selfClosing: Bool, offset: Int) throws {
        if Self.closesParagraph.contains(name) { closeIfOpen("p", boundaries: ["div", "td", "th", "li", "blockquote", "section", "article", "body", "table"]) }
        switch name {
        case "li": closeIfOpen("li", boundaries: ["ul", "ol"])
        case "dt", "dd":
            closeIfOpen("dt", boundaries: ["dl"])
            closeIfOpen("dd", boundaries: ["dl"])
        case "td", "th":
            closeIfOpen("td", boundaries: ["tr", "table"])
            closeIfOpen("th", boundaries: ["tr", "table"])
        case "tr":
            closeIfOpen("tr", boundaries: ["table"])
        case "thead", "tbody", "tfoot":
            for section in ["thead", "tbody", "tfoot"] { closeIfOpen(section, boundaries: ["table"]) }
        default: break
        }
        let element = HTMLElement(name: name, attributes: attributes, offset: offset)
        if Self.voidElements.contains(name) || selfClosing {
            stack[stack.count - 1].children.append(.element(element))
            return
        }
        guard stack.count <= maximumDepth else {
            let (line, column) = XMLScanner.lineAndColumn(of: offset, in: source)
            throw DocumentReadError(
                LocalizedText(zh: "HTML 元素嵌套超过 \(maximumDepth) 层", en: "HTML elements are nested more than \(maximumDepth) deep"),
                line: line, column: column
            )
        }
        stack.append(element)
        openCounts[name, default: 0] += 1
    }

    private mutating func close(_ name: String) {
        guard openCounts[name, default: 0] > 0, let index = stack.lastIndex(where: { $0.name == name }), index > 0 else { return }
        while stack.count > index { popElement() }
    }

    /// Closes the innermost open `name` unless a boundary element is opened inside it first.
    private mutating func closeIfOpen(_ name: String, boundaries: Set<String>) {
        for index in stack.indices.reversed() {
            if stack[index].name == name {
                while stack.count > index { popElement() }
                return
            }
            if boundaries.contains(stack[index].name) { return }
        }
    }

    private mutating func popElement() {
        let element = stack.removeLast()
        openCounts[element.name, default: 1] -= 1
        stack[stack.count - 1].children.append(.element(element))
    }
}
