import QiyueCore

/// `--format json`: the report shape promised in the documentation, for scripts.
///
/// `line`/`column` are 1-based and count characters; `endColumn` is one past the last
/// character of the span, as in SARIF.
public struct JSONReporter: Sendable {
    public var language: Language
    /// The pack's categories: the summary counts each of them, zeros included.
    public var categories: [RuleCategory]

    public init(language: Language, categories: [RuleCategory] = RulePack.builtInCategories) {
        self.language = language
        self.categories = categories
    }

    public func render(_ report: ReviewReport) -> String {
        render(files: report.files.map(render), tally: ReviewTally(report.files), toolVersion: report.toolVersion)
    }

    /// One element of the report's `files` array, indented for its place there, so a batch
    /// can write each file's part on the thread that reviewed it.
    public func render(_ review: FileReview) -> String {
        file(review).rendered(indentLevel: 2)
    }

    /// The report from its files' parts (from `render(_:)` of a `FileReview`), byte for byte
    /// what rendering the whole report at once gives.
    public func render(files: [String], tally: ReviewTally, toolVersion: String) -> String {
        var output = opening(toolVersion: toolVersion)
        for (index, part) in files.enumerated() { output += separator(before: index) + part }
        return output + closing(fileCount: files.count, tally: tally)
    }

    /// The start of a report streamed part by part: everything up to the first file.
    public func opening(toolVersion: String) -> String {
        var output = "{\n  \"tool\": \"qiyue\",\n  \"version\": "
        JSONStringLiteral.append(toolVersion, to: &output)
        return output + ",\n  \"files\": "
    }

    /// What goes before the part of the file at `index` (0-based) in a streamed report.
    public func separator(before index: Int) -> String { index == 0 ? "[\n    " : ",\n    " }

    /// The end of a streamed report: the close of the files array and the summary.
    public func closing(fileCount: Int, tally: ReviewTally) -> String {
        (fileCount == 0 ? "[]" : "\n  ]") + ",\n  \"summary\": " + summary(tally).rendered(indentLevel: 1) + "\n}\n"
    }

    /// `--format jsonl`: one file's result on one line, written as soon as the file is done.
    public func line(_ review: FileReview) -> String {
        file(review).renderedLine()
    }

    /// The last line of `--format jsonl`: `{"summary": {…}}` over every file streamed.
    public func summaryLine(_ tally: ReviewTally) -> String {
        ReportJSON.object([("summary", summary(tally))]).renderedLine()
    }

    func summary(_ tally: ReviewTally) -> ReportJSON {
        .object([
            ("files", .int(tally.files)),
            ("errors", .int(tally.count(.error))),
            ("warnings", .int(tally.count(.warning))),
            ("infos", .int(tally.count(.info))),
            ("unreadable", .int(tally.unreadable)),
            // Review markup is always counted, so a script finds the key in every report.
            ("categories", .object(tally.categories(declared: categories + [.suppression]).map { ($0.id, .int(tally.count($0))) })),
        ])
    }

    func file(_ review: FileReview) -> ReportJSON {
        var members: [(String, ReportJSON)] = [
            ("path", .string(review.path)),
            ("error", .optional(review.error)),
            ("findings", .array(review.findings.map(finding))),
        ]
        // Present only when the file has qiyue-disable comments, so that an exemption leaves a
        // trace in every report a script reads.
        if !review.exemptions.isEmpty { members.append(("exemptions", .array(review.exemptions.map(exemption)))) }
        return .object(members)
    }

    /// `{"rules", "reason", "line", "targetLine", "text", "suppressed": [finding…]}`.
    func exemption(_ exemption: Exemption) -> ReportJSON {
        .object([
            ("rules", .array(exemption.ruleIDs.map(ReportJSON.string))),
            ("reason", .string(exemption.reason)),
            ("line", .int(exemption.line)),
            ("targetLine", .int(exemption.targetLine)),
            ("text", .string(exemption.targetText)),
            ("suppressed", .array(exemption.suppressed.map(finding))),
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
        if !finding.review.basis.isEmpty { members.append(("basisIds", .array(finding.review.basis.map { .string($0.id) }))) }
        if let explanation = finding.review.explanation { members.append(("explanation", .string(explanation.text(in: language)))) }
        if let frame = finding.frame { members.append(("frame", Self.frame(frame))) }
        return .object(members)
    }

    /// `{"giver", "beneficiary", "act", "base", "measure", "conditions"}`; absent parts are null.
    static func frame(_ frame: PromiseFrame) -> ReportJSON {
        func party(_ party: FrameParty?) -> ReportJSON {
            guard let party else { return .null }
            return .object([("text", .string(party.text)), ("side", .string(party.side.rawValue)), ("name", .optional(party.name))])
        }
        let measure: ReportJSON = frame.measure.map { measure in
            .object([("text", .string(measure.text)), ("kind", .string(measure.kind.rawValue)), ("value", measure.value.map(ReportJSON.double) ?? .null)])
        } ?? .null
        return .object([
            ("giver", party(frame.giver)),
            ("beneficiary", party(frame.beneficiary)),
            ("act", .string(frame.act)),
            ("base", .optional(frame.base)),
            ("measure", measure),
            ("conditions", .array(frame.conditions.map(ReportJSON.string))),
        ])
    }
}
