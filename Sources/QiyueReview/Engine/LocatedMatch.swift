/// A rule that fired, with the unit span of its trigger and of its sentence, before the
/// span is turned into lines and columns.
///
/// The rule is held by reference: a rule is a large value (messages, basis, examples), and a
/// match is copied several times on its way to a finding.
struct LocatedMatch: Sendable {
    private let reference: RuleReference
    var start: Int
    var end: Int
    var sentence: DocumentStructure.Span

    var rule: Rule { reference.rule }

    init(rule: RuleReference, start: Int, end: Int, sentence: DocumentStructure.Span) {
        self.reference = rule
        self.start = start
        self.end = end
        self.sentence = sentence
    }

    /// A match of a rule outside the pack (review markup problems).
    init(rule: Rule, start: Int, end: Int, sentence: DocumentStructure.Span) {
        self.init(rule: RuleReference(rule), start: start, end: end, sentence: sentence)
    }
}

/// One rule behind a reference, shared by every match of it.
final class RuleReference: Sendable {
    let rule: Rule

    init(_ rule: Rule) { self.rule = rule }
}
