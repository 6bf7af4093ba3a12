import QiyueReview

/// Findings counted by category (rows) and severity (columns), for the summary table.
public struct OpinionSummary: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public var category: RuleCategory
        /// Counts for error, warning and info, in that order.
        public var counts: [Int]
        public var total: Int { counts.reduce(0, +) }
    }

    /// The severities in column order.
    public static let severities: [RuleSeverity] = [.error, .warning, .info]

    /// The pack's categories always, in its order; any other (review markup) only when it
    /// has findings.
    public var rows: [Row]

    public init(_ findings: [OpinionFinding], categories declared: [RuleCategory]) {
        var categories = RuleCategory.ordered(declared)
        for finding in findings where !categories.contains(finding.category) { categories.append(finding.category) }
        rows = categories.map { category in
            Row(category: category, counts: Self.severities.map { severity in
                findings.filter { $0.category == category && $0.severity == severity }.count
            })
        }
    }

    /// The column totals for error, warning and info.
    public var totals: [Int] { Self.severities.indices.map { column in rows.reduce(0) { $0 + $1.counts[column] } } }
}
