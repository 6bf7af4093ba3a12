/// A `w:p` in its part, for marks that belong to a whole paragraph (a finding about the
/// document anchored on its title, a boundary that falls where no run can be split).
struct DocxParagraphAnchor: Sendable, Hashable {
    /// Just after the start tag, or after the `w:pPr` when there is one: where content begins.
    var contentStart: Int
    /// The `<` of the end tag: where content ends.
    var contentEnd: Int
}
