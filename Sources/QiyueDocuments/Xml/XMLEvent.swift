/// One step of a pull parse: an element opens, an element closes, or text appears.
///
/// An empty-element tag (`<w:tab/>`) is reported as a start immediately followed by an
/// end, so consumers handle one shape only.
public enum XMLEvent: Sendable, Hashable {
    case start(XMLStartTag)
    case end(name: String)
    case text(String)
}

/// An element's opening tag: its qualified name (with a canonical prefix) and attributes.
public struct XMLStartTag: Sendable, Hashable {
    public var name: String
    public var attributes: [XMLAttribute]

    public init(name: String, attributes: [XMLAttribute] = []) {
        self.name = name
        self.attributes = attributes
    }

    /// The value of the attribute with this qualified name (`w:val`), if present.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

/// One attribute, with entities already decoded.
public struct XMLAttribute: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
