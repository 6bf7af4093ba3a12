/// Everything one `qiyue review` run found, ready for any reporter.
public struct ReviewReport: Sendable, Hashable {
    public var files: [FileReview]
    /// The rules that were in force, for reporters that describe them (SARIF).
    public var rules: [Rule]
    public var toolVersion: String

    public init(files: [FileReview], rules: [Rule], toolVersion: String) {
        self.files = files
        self.rules = rules
        self.toolVersion = toolVersion
    }

    public var allFindings: [Finding] { files.flatMap(\.findings) }

    public func count(_ severity: RuleSeverity) -> Int {
        files.reduce(0) { total, file in total + file.findings.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) } }
    }

    public func count(_ category: RuleCategory) -> Int {
        files.reduce(0) { total, file in total + file.findings.reduce(0) { $0 + ($1.category == category ? 1 : 0) } }
    }

    /// Whether any input could not be read (exit status 2).
    public var hasUnreadableFiles: Bool { files.contains { $0.error != nil } }

    /// Whether a finding at or above `threshold` exists; `nil` threshold means never.
    public func hasFindings(atOrAbove threshold: RuleSeverity?) -> Bool {
        guard let threshold else { return false }
        return files.contains { $0.findings.contains { $0.severity >= threshold } }
    }
}
