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
        String(decoding: renderedBytes(review), as: UTF8.self)
    }

    /// `render(_:)` as the UTF-8 bytes the writer made, for a caller that writes them out:
    /// making a `String` of them would check megabytes of output again as UTF-8.
    public func renderedBytes(_ review: FileReview) -> [UInt8] {
        var writer = ReportJSONWriter(compact: false, indentLevel: 2)
        writer.reserveCapacity(Self.estimatedSize(of: review))
        file(review, to: &writer)
        return writer.bytes
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
        String(decoding: lineBytes(review), as: UTF8.self)
    }

    /// About what a file's part takes: a finding with its basis, frame and explanation is
    /// written in two to three kilobytes. Only the first allocation depends on it.
    static func estimatedSize(of review: FileReview) -> Int {
        4096 + 3072 * min(review.findings.count, 100_000)
    }

    /// `line(_:)` as UTF-8 bytes, newline included.
    public func lineBytes(_ review: FileReview) -> [UInt8] {
        var writer = ReportJSONWriter(compact: true)
        writer.reserveCapacity(Self.estimatedSize(of: review))
        file(review, to: &writer)
        var bytes = writer.bytes
        bytes.append(0x0A)
        return bytes
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

    // A file's part is written straight to bytes (see `ReportJSONWriter`), member for member
    // the shape documented for the report; only the summary is still built as a `ReportJSON`.

    func file(_ review: FileReview, to writer: inout ReportJSONWriter) {
        writer.object { object in
            object.member("path") { $0.string(review.path) }
            object.member("error") { $0.optional(review.error) }
            object.member("findings") { $0.array(review.findings) { finding($1, to: &$0) } }
            // Present only when the file has qiyue-disable comments, so that an exemption leaves a
            // trace in every report a script reads.
            if !review.exemptions.isEmpty {
                object.member("exemptions") { $0.array(review.exemptions) { exemption($1, to: &$0) } }
            }
        }
    }

    /// `{"rules", "reason", "line", "targetLine", "text", "suppressed": [finding…]}`.
    func exemption(_ exemption: Exemption, to writer: inout ReportJSONWriter) {
        writer.object { object in
            object.member("rules") { $0.strings(exemption.ruleIDs) }
            object.member("reason") { $0.string(exemption.reason) }
            object.member("line") { $0.int(exemption.line) }
            object.member("targetLine") { $0.int(exemption.targetLine) }
            object.member("text") { $0.string(exemption.targetText) }
            object.member("suppressed") { $0.array(exemption.suppressed) { finding($1, to: &$0) } }
        }
    }

    func finding(_ finding: Finding, to writer: inout ReportJSONWriter) {
        writer.object { object in
            object.member("rule") { $0.string(finding.ruleID) }
            object.member("category") { $0.string(finding.category.rawValue) }
            object.member("severity") { $0.string(finding.severity.rawValue) }
            object.member("line") { $0.int(finding.line) }
            object.member("column") { $0.int(finding.column) }
            object.member("endLine") { $0.int(finding.endLine) }
            object.member("endColumn") { $0.int(finding.endColumn) }
            object.member("article") { $0.optional(finding.article) }
            object.member("excerpt") { $0.string(finding.excerpt) }
            object.member("message") { $0.string(finding.message.text(in: language)) }
            object.member("basis") { $0.array(finding.review.basis) { $0.string($1.line) } }
            object.member("suggestion") { $0.string(finding.suggestion.text(in: language)) }
            if let place = finding.place { object.member("place") { $0.string(place) } }
            if !finding.amounts.isEmpty { object.member("amounts") { $0.array(finding.amounts) { $0.double($1) } } }
            if !finding.review.basis.isEmpty { object.member("basisIds") { $0.array(finding.review.basis) { $0.string($1.id) } } }
            if let explanation = finding.review.explanation { object.member("explanation") { $0.string(explanation.text(in: language)) } }
            if let frame = finding.frame { object.member("frame") { Self.frame(frame, to: &$0) } }
        }
    }

    /// `{"giver", "beneficiary", "act", "base", "measure", "conditions"}`; absent parts are null.
    static func frame(_ frame: PromiseFrame, to writer: inout ReportJSONWriter) {
        func party(_ party: FrameParty?, to writer: inout ReportJSONWriter) {
            guard let party else { writer.null(); return }
            writer.object { object in
                object.member("text") { $0.string(party.text) }
                object.member("side") { $0.string(party.side.rawValue) }
                object.member("name") { $0.optional(party.name) }
            }
        }
        writer.object { object in
            object.member("giver") { party(frame.giver, to: &$0) }
            object.member("beneficiary") { party(frame.beneficiary, to: &$0) }
            object.member("act") { $0.string(frame.act) }
            object.member("base") { $0.optional(frame.base) }
            object.member("measure") { writer in
                guard let measure = frame.measure else { writer.null(); return }
                writer.object { object in
                    object.member("text") { $0.string(measure.text) }
                    object.member("kind") { $0.string(measure.kind.rawValue) }
                    object.member("value") { writer in
                        if let value = measure.value { writer.double(value) } else { writer.null() }
                    }
                }
            }
            object.member("conditions") { $0.strings(frame.conditions) }
        }
    }
}
