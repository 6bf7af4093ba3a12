/// A reviewed exception as the reports show it: the `qiyue-disable` comment, the line it
/// exempts, and the findings it silenced.
///
/// An exemption must leave a trace at the filing review, so the engine hands every one of
/// them to the reporters, including one that silenced nothing (its rule no longer fires, or
/// it names the wrong line) — that is itself worth a reviewer's glance.
public struct Exemption: Sendable, Hashable {
    /// The rules the comment names, as written.
    public var ruleIDs: [String]
    /// The reason written after the colon; empty when the author gave none.
    public var reason: String
    /// The 1-based line of the comment in the user's file.
    public var line: Int
    /// The 1-based line of the exempted clause in the user's file.
    public var targetLine: Int
    /// The 1-based line of the exempted clause in the reviewed text (for anchors into it).
    public var reviewedLine: Int
    /// The exempted line as written, trimmed; empty when the comment is the file's last line.
    public var targetText: String
    /// What the rules would have reported on that line without the comment.
    public var suppressed: [Finding]

    public init(ruleIDs: [String], reason: String, line: Int, targetLine: Int, reviewedLine: Int, targetText: String, suppressed: [Finding]) {
        self.ruleIDs = ruleIDs
        self.reason = reason
        self.line = line
        self.targetLine = targetLine
        self.reviewedLine = reviewedLine
        self.targetText = targetText
        self.suppressed = suppressed
    }
}
