/// A small element tree, for the parts read as a whole (numbering, styles, relationships).
///
/// The main document is streamed event by event; these auxiliary parts are small and
/// looked up by id, so a tree is the simpler shape. Text is kept per element as the
/// concatenation of its direct text children, which is all these parts need.
public struct XMLTreeElement: Sendable, Hashable {
    public var name: String
    public var attributes: [XMLAttribute]
    public var children: [XMLTreeElement]
    public var text: String

    public init(name: String, attributes: [XMLAttribute] = [], children: [XMLTreeElement] = [], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The first direct child with this name.
    public func child(_ name: String) -> XMLTreeElement? {
        children.first { $0.name == name }
    }

    /// The direct children with this name.
    public func children(_ name: String) -> [XMLTreeElement] {
        children.filter { $0.name == name }
    }

    /// Parses a whole document with `XMLScanner` and returns its root element.
    public static func parse(_ bytes: [UInt8], canonicalPrefixes: [String: String] = [:], limits: XMLLimits = .default) throws -> XMLTreeElement {
        try parse(OwnedBytes(copying: bytes), canonicalPrefixes: canonicalPrefixes, limits: limits)
    }

    /// Parses bytes already in their own buffer (a part just inflated), without copying them again.
    static func parse(_ storage: OwnedBytes, canonicalPrefixes: [String: String] = [:], limits: XMLLimits = .default) throws -> XMLTreeElement {
        var scanner = try XMLScanner(storage: storage, canonicalPrefixes: canonicalPrefixes, limits: limits)
        var stack: [XMLTreeElement] = [XMLTreeElement(name: "")]
        while let event = try scanner.next() {
            switch event {
            case let .start(tag):
                stack.append(XMLTreeElement(name: tag.name, attributes: tag.attributes))
            case .end:
                let finished = stack.removeLast()
                stack[stack.count - 1].children.append(finished)
            case let .text(text):
                stack[stack.count - 1].text += text
            }
        }
        guard let root = stack.first?.children.first else {
            throw DocumentReadError(zh: "XML 文档没有根元素", en: "the XML document has no root element")
        }
        return root
    }
}
