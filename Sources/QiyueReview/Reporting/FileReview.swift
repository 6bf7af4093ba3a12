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

    public init(path: String, error: String? = nil, errorLine: Int? = nil, errorColumn: Int? = nil, findings: [Finding] = []) {
        self.path = path
        self.error = error
        self.errorLine = errorLine
        self.errorColumn = errorColumn
        self.findings = findings
    }
}
