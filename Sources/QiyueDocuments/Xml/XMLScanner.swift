import QiyueCore

/// A pull parser for the XML inside Office packages, safe by construction, that hands out
/// strings: the shape small parts (styles, numbering, relationships) and tests want.
///
/// FoundationXML's `XMLParser` on Linux is libxml2 with entity loading left to the
/// library's defaults, and its "tidy HTML" mode silently drops undefined entities; so the
/// readers use this scanner instead. It understands elements, attributes, text, CDATA,
/// comments and processing instructions, and nothing else: a `<!DOCTYPE` or `<!ENTITY`
/// is refused outright (OOXML parts never contain one), which makes external entities
/// (XXE) and entity expansion ("billion laughs") impossible rather than merely disabled.
/// Only the five predefined entities and character references are decoded. Text and
/// attribute values must be valid UTF-8, nesting is bounded by `XMLLimits`, and every
/// error carries a line and column.
///
/// Namespace prefixes are rewritten to canonical ones (`canonicalPrefixes` maps a
/// namespace URI to the prefix the caller compares against), so a part that binds the
/// WordprocessingML namespace to `ns0:` still yields `w:p`. Declarations are treated as
/// document-wide, which is how every Office producer writes them.
///
/// The work is done by `XMLTokenizer`; the main part of a document, where speed matters,
/// is read from the tokenizer directly.
public struct XMLScanner {
    private var tokenizer: XMLTokenizer

    public init(bytes: [UInt8], canonicalPrefixes: [String: String] = [:], limits: XMLLimits = .default) throws {
        try self.init(storage: OwnedBytes(copying: bytes), canonicalPrefixes: canonicalPrefixes, limits: limits)
    }

    init(storage: OwnedBytes, canonicalPrefixes: [String: String] = [:], limits: XMLLimits = .default) throws {
        tokenizer = try XMLTokenizer(storage: storage, canonicalPrefixes: canonicalPrefixes, limits: limits)
    }

    /// The next event, or `nil` at the end of a well-formed document.
    public mutating func next() throws -> XMLEvent? {
        guard let token = try tokenizer.next() else { return nil }
        switch token {
        case let .start(id):
            var attributes: [XMLAttribute] = []
            for raw in tokenizer.attributes {
                // The id first: resolving it may add the name to the tokenizer's table.
                let id = try tokenizer.attributeId(raw)
                let name = tokenizer.name(id)
                attributes.append(XMLAttribute(name: name, value: try tokenizer.decodedText(raw.valueStart ..< raw.valueEnd)))
            }
            return .start(XMLStartTag(name: tokenizer.name(id), attributes: attributes))
        case let .end(id):
            return .end(name: tokenizer.name(id))
        case let .text(range):
            return .text(try tokenizer.decodedText(range))
        case let .characterData(range):
            return .text(try tokenizer.decodedText(range, decodeEntities: false))
        }
    }
}
