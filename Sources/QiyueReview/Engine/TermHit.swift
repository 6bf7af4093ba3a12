/// One occurrence of a term in the normalised text.
struct TermHit: Sendable, Hashable {
    var term: Int32
    var start: Int32
    var end: Int32
}
