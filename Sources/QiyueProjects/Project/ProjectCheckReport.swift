import QiyueCore

/// Everything `qiyue check` found about one project file.
public struct ProjectCheckReport: Sendable {
    public var file: ProjectFile
    public var validation: ProjectValidation
    public var maturity: MaturityReport
    public var admission: AdmissionReport
    /// Bilingual and glossary findings on the text fields.
    public var bilingual: [ProjectFinding]

    /// Whether anything needs fixing: an error or warning anywhere, or a crossed red line.
    /// Notes, missing optional elements and the open admission questions do not count:
    /// they are always there and are the officer's to-do list, not defects of the file.
    public var hasProblems: Bool {
        let findings = validation.findings + bilingual
        return findings.contains { $0.severity >= .warning } || admission.verdict == .rejected
    }
}
