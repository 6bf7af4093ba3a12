/// Everything the review of one text produced: the findings, and the exemptions that kept
/// other findings out of them.
public struct ReviewOutcome: Sendable, Hashable {
    public var findings: [Finding]
    public var exemptions: [Exemption]

    public init(findings: [Finding], exemptions: [Exemption] = []) {
        self.findings = findings
        self.exemptions = exemptions
    }
}
