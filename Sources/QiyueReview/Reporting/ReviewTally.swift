/// Counts over the files of a review, kept as each file is done, so a streamed report can
/// print its summary without holding every file's findings.
public struct ReviewTally: Sendable, Hashable {
    public private(set) var files = 0
    public private(set) var unreadable = 0
    private var severities: [RuleSeverity: Int] = [:]
    private var categories: [RuleCategory: Int] = [:]

    public init() {}

    public init(_ files: [FileReview]) {
        for file in files { add(file) }
    }

    public mutating func add(_ file: FileReview) {
        files += 1
        if file.error != nil { unreadable += 1 }
        for finding in file.findings {
            severities[finding.severity, default: 0] += 1
            categories[finding.category, default: 0] += 1
        }
    }

    public func count(_ severity: RuleSeverity) -> Int { severities[severity] ?? 0 }
    public func count(_ category: RuleCategory) -> Int { categories[category] ?? 0 }

    /// `declared` in report order, then any other category a finding had (review markup),
    /// so a summary lists every declared category, with zeros, and hides nothing counted.
    public func categories(declared: [RuleCategory]) -> [RuleCategory] {
        RuleCategory.ordered(declared) + RuleCategory.ordered(categories.keys.filter { !declared.contains($0) })
    }

    /// Whether a finding at or above `threshold` was counted; `nil` threshold means never.
    public func hasFindings(atOrAbove threshold: RuleSeverity?) -> Bool {
        guard let threshold else { return false }
        return severities.contains { $0.key >= threshold && $0.value > 0 }
    }
}
