/// Example texts that a rule must and must not fire on; they are the rule's own tests.
///
/// Every rule carries both kinds (the pack validation rejects a rule without them), and
/// `qiyue rules test` runs them, so a change to a rule that breaks its intent is caught.
public struct RuleExamples: Sendable, Hashable, Codable {
    public var triggering: [String]
    public var nonTriggering: [String]

    public init(triggering: [String], nonTriggering: [String]) {
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}
