/// A `w:r` in its part: where it starts, where its content starts, and its properties,
/// which each piece of a split run repeats so that it keeps its formatting.
struct DocxRunAnchor: Sendable, Hashable {
    /// The `<` of the run's start tag.
    var start: Int
    /// Just after the start tag, or after the `w:rPr` when there is one.
    var contentStart: Int
    /// The `w:rPr` element's bytes, tags included; empty when the run has none.
    var properties: Range<Int>
}
