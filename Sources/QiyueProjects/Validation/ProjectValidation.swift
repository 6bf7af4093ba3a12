import QiyueCore

/// The result of `ProjectValidator`: findings, and which fields hold (bilingual) text.
public struct ProjectValidation: Sendable {
    public var findings: [ProjectFinding]
    /// The pointers of every value that is a text field per the schema (`#/$defs/text`),
    /// in document order; the bilingual checks run over exactly these.
    public var textFields: [JSONPointer]

    public init(findings: [ProjectFinding], textFields: [JSONPointer]) {
        self.findings = findings
        self.textFields = textFields
    }

    public var errors: [ProjectFinding] { findings.filter { $0.severity == .error } }
    public var warnings: [ProjectFinding] { findings.filter { $0.severity == .warning } }

    /// True when the file has no structural or semantic errors (warnings allowed).
    public var isValid: Bool { errors.isEmpty }
}
