/// A rule that fired, with the unit span of its trigger and of its sentence, before the
/// span is turned into lines and columns.
struct LocatedMatch: Sendable {
    var rule: Rule
    var start: Int
    var end: Int
    var sentence: DocumentStructure.Span
}
