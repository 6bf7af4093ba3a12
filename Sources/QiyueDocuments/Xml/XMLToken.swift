/// One step of the byte-level tokenizer, with no string built yet.
///
/// Names are ids from the tokenizer's `XMLNameTable`; text is a range of the part's bytes
/// whose entities are decoded only if the reader asks for them (most text between tags in
/// an Office part is never shown to anyone).
enum XMLToken: Equatable {
    /// An element opens; its attributes are in `XMLTokenizer.attributes` until the next token.
    /// An empty-element tag is reported as a start followed at once by an end.
    case start(Int32)
    case end(Int32)
    /// Character data with entity references still encoded.
    case text(Range<Int>)
    /// A CDATA section's content, taken literally.
    case characterData(Range<Int>)
}

/// An attribute of the current start tag, as byte ranges of its name and (still encoded) value.
struct XMLRawAttribute {
    var nameStart: Int
    var nameLength: Int
    var valueStart: Int
    var valueEnd: Int
}
