import QiyueCore
import QiyueReview

/// What the pre-signing legality review concluded, as registered with the agreement.
///
/// A register that records only "reviewed" proves nothing; recording the rule pack, the
/// findings and, for an agreement signed despite errors, the stated reason is what lets an
/// auditor ask later why a clause was accepted and a re-review say what is new.
public struct ReviewRecord: Sendable, Hashable {
    /// `name version` of the rule pack the review ran, e.g. `qiyue-default 1.0.0`.
    public var rulePack: String
    /// Where the review came from: `qiyue review` run by `register add`, or a report file.
    public var source: String
    public var errors: Int
    public var warnings: Int
    public var findings: [RecordedFinding]
    /// The reason given with `--accept-findings` for registering despite errors.
    public var acceptedReason: String?

    public init(rulePack: String, source: String, errors: Int, warnings: Int, findings: [RecordedFinding], acceptedReason: String? = nil) {
        self.rulePack = rulePack
        self.source = source
        self.errors = errors
        self.warnings = warnings
        self.findings = findings
        self.acceptedReason = acceptedReason
    }

    /// The record of a review run now, with the pack that ran it.
    public init(report: ReviewReport, pack: RulePack, language: Language = .zh) {
        let findings = report.allFindings.map {
            RecordedFinding(rule: $0.ruleID, category: $0.category.rawValue, severity: $0.severity.rawValue, line: $0.line, column: $0.column, message: $0.message.text(in: language))
        }
        self.init(rulePack: "\(pack.name) \(pack.version)", source: "qiyue review", errors: report.count(.error),
                  warnings: report.count(.warning), findings: findings)
    }

    /// `pass` when the review found no errors, `accepted` when errors were accepted with a reason.
    public var conclusion: String { errors == 0 ? "pass" : "accepted" }

    public func conclusionText(in language: Language) -> String {
        if errors == 0 { return language == .zh ? (warnings == 0 ? "通过" : "通过（有警告）") : (warnings == 0 ? "passed" : "passed with warnings") }
        return language == .zh ? "有错误，说明理由后登记" : "errors accepted with a stated reason"
    }

    var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("rule_pack", .string(rulePack)), ("source", .string(source)), ("conclusion", .string(conclusion)),
            ("errors", .number(errors)), ("warnings", .number(warnings)),
            ("findings", .list(findings.map(\.json))),
        ]
        if let acceptedReason { members.append(("accepted_reason", .string(acceptedReason))) }
        return .orderedObject(members)
    }

    init?(_ node: JSONNode?) {
        guard let node, let pack = node["rule_pack"]?.value.stringValue else { return nil }
        self.init(rulePack: pack, source: node["source"]?.value.stringValue ?? "",
                  errors: node["errors"].count, warnings: node["warnings"].count,
                  findings: (node["findings"]?.value.elements ?? []).compactMap(RecordedFinding.init),
                  acceptedReason: node["accepted_reason"]?.value.stringValue)
    }
}
