/// A reviewed exception: `<!-- qiyue-disable RULE[, RULE…]: reason -->`.
///
/// On a line of its own the comment applies to the next non-blank line; after text on the
/// same line it applies to that line. The reason is required because a suppression is a
/// decision someone must be able to account for at the filing review.
struct Suppression: Sendable, Hashable {
    /// The 0-based line of the comment.
    var commentLine: Int
    /// The 0-based line whose findings it suppresses.
    var targetLine: Int
    var ruleIDs: [String]
    var reason: String
    /// The units of the comment itself, `<!--` to `-->`: its reason is the reviewer's words,
    /// not a clause, and is never reviewed (a reason saying 担保已报批 is no guarantee).
    var comment: Range<Int> = 0..<0
}
