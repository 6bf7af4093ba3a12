/// A node of the tolerant HTML tree: an element or a run of text with its source offset.
enum HTMLNode: Sendable, Hashable {
    case element(HTMLElement)
    /// Decoded text and the UTF-8 offset in the source where it starts.
    case text(String, offset: Int)
}

/// An HTML element with lowercased name and attributes.
struct HTMLElement: Sendable, Hashable {
    var name: String
    var attributes: [String: String]
    var children: [HTMLNode] = []
    /// The UTF-8 offset of the start tag in the source.
    var offset: Int

    /// The names in the `class` attribute.
    var classes: [Substring] {
        (attributes["class"] ?? "").split(whereSeparator: \.isWhitespace)
    }
}
