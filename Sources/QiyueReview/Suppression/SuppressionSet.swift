/// The suppressions of one document, and the problems found in writing them.
struct SuppressionSet {
    var suppressions: [Suppression] = []
    /// Findings about the comments themselves (missing reason, unknown rule).
    var problems: [LocatedMatch] = []

    /// Whether the unit at `offset` lies inside a suppression comment.
    func isInsideComment(_ offset: Int) -> Bool {
        suppressions.contains { $0.comment.contains(offset) }
    }

    func suppresses(_ ruleID: String, line: Int) -> Bool {
        suppressions.contains { $0.targetLine == line && $0.ruleIDs.contains(ruleID) }
    }
}
