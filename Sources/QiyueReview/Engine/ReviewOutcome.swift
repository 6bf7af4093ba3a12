/// Everything the review of one text produced: the findings, the exemptions that kept
/// other findings out of them, and the parties the preamble defines.
///
/// The party table is what the engine read anyway to tell the sides apart; a caller that
/// needs it too (a redline swaps 甲方 and 乙方 in a model clause when the investor is 甲方)
/// takes it from here instead of reading the preamble a second time.
public struct ReviewOutcome: Sendable, Hashable {
    public var findings: [Finding]
    public var exemptions: [Exemption]
    /// Which side each role word and short name stands for, as the review read it.
    public var parties: PartyTable

    public init(findings: [Finding], exemptions: [Exemption] = [], parties: PartyTable = PartyTable()) {
        self.findings = findings
        self.exemptions = exemptions
        self.parties = parties
    }
}
