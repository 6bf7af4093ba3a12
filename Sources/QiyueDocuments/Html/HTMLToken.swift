/// One lexical unit of HTML source, with its UTF-8 offset.
enum HTMLToken: Sendable, Hashable {
    case startTag(name: String, attributes: [String: String], selfClosing: Bool, offset: Int)
    case endTag(name: String, offset: Int)
    /// Text with references decoded; raw text of `<title>` and `<textarea>` included.
    case text(String, offset: Int)
}
