/// The outcome of reviewing one input: its findings, or why it could not be read.
public struct FileReview: Sendable, Hashable {
    /// The path as the user gave it (or as found when walking a directory); `-` for stdin.
    public var path: String
    /// Why the file could not be reviewed, in the user's language; `nil` when it was.
    public var error: String?
    /// Where the error is, when it has a position (an invalid byte, a bad paragraph).
    public var errorLine: Int?
    public var errorColumn: Int?
    public var findings: [Finding]
    /// The `qiyue-disable` comments and what each silenced.
    public var exemptions: [Exemption]
    /// What the opinion needs to name and show the file; `nil` for reports that do not.
    public var source: ReviewedSource?

    public init(
        path: String, error: String? = nil, errorLine: Int? = nil, errorColumn: Int? = nil, findings: [Finding] = [],
        exemptions: [Exemption] = [], source: ReviewedSource? = nil
    ) {
        self.path = path
        self.error = error
        self.errorLine = errorLine
        self.errorColumn = errorColumn
        self.findings = findings
        self.exemptions = exemptions
        self.source = source
    }
}
