import QiyueCore

/// `--format json`: the report shape promised in the documentation, for scripts.
///
/// `line`/`column` are 1-based and count characters; `endColumn` is one past the last
/// character of the span, as in SARIF.
public struct JSONReporter: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    public func render(_ report: ReviewReport) -> String {
        ReportJSON.object([
            ("tool", .string("qiyue")),
            ("version", .string(report.toolVersion)),
            ("files", .array(report.files.map(file))),
            ("summary", .object([
                ("files", .int(report.files.count)),
                ("errors", .int(report.count(.error))),
                ("warnings", .int(report.count(.warning))),
                ("infos", .int(report.count(.info))),
                ("unreadable", .int(report.files.filter { $0.error != nil }.count)),
                ("categories", .object([RuleCategory.land, .tax, .guarantee, .completeness, .suppression].map { ($0.rawValue, .int(report.count($0))) })),
            ])),
        ]).rendered()
    }

    func file(_ review: FileReview) -> ReportJSON {
        .object([
            ("path", .string(review.path)),
            ("error", .optional(review.error)),
            ("findings", .array(review.findings.map(finding))),
        ])
    }

    func finding(_ finding: Finding) -> ReportJSON {
        var members: [(String, ReportJSON)] = [
            ("rule", .string(finding.ruleID)),
            ("category", .string(finding.category.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("line", .int(finding.line)),
            ("column", .int(finding.column)),
            ("endLine", .int(finding.endLine)),
            ("endColumn", .int(finding.endColumn)),
            ("article", .optional(finding.article)),
            ("excerpt", .string(finding.excerpt)),
            ("message", .string(finding.message.text(in: language))),
            ("basis", .array(finding.basis.map(ReportJSON.string))),
            ("suggestion", .string(finding.suggestion.text(in: language))),
        ]
        if let place = finding.place { members.append(("place", .string(place))) }
        if !finding.amounts.isEmpty { members.append(("amounts", .array(finding.amounts.map(ReportJSON.double)))) }
        return .object(members)
    }
}
