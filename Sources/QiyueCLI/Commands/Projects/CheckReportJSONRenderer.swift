import QiyueCore
import QiyueProjects

/// Renders a `ProjectCheckReport` as the JSON of `qiyue check --format json`, for
/// dashboards and scripts: every finding with pointer, line and column, the maturity
/// table, and each red line's status, facts and questions. Messages are in `--lang`.
struct CheckReportJSONRenderer {
    var language: Language
    /// The review engine's findings in the project's text fields (`ProjectTextScreen`).
    var screening: [Diagnostic] = []

    func render(_ report: ProjectCheckReport) -> String {
        let all = report.validation.findings + report.bilingual
        let summary: JSONValue = .object([
            "errors": .number(all.filter { $0.severity == .error }.count + screening.filter { $0.severity == .error }.count),
            "warnings": .number(all.filter { $0.severity == .warning }.count + screening.filter { $0.severity == .warning }.count),
            "notes": .number(all.filter { $0.severity == .note }.count),
            "problems": .bool(report.hasProblems || !screening.isEmpty),
        ])
        return JSONWriter.string(.object([
            "file": .string(report.file.path),
            "id": report.file.root.string(at: "/id").map(JSONValue.string) ?? .null,
            "findings": .list(report.validation.findings.map { finding($0, category: "validation", in: report.file) }
                + report.bilingual.map { finding($0, category: "bilingual", in: report.file) }
                + screening.map(screened)),
            "maturity": maturity(report.maturity),
            "admission": admission(report.admission),
            "summary": summary,
        ]))
    }

    private func finding(_ finding: ProjectFinding, category: String, in file: ProjectFile) -> JSONValue {
        let location = finding.byteOffset.map { file.location(ofByte: $0) }
        return .object([
            "category": .string(category),
            "severity": .string(finding.severity.rawValue),
            "code": .string(finding.code),
            "pointer": .string(finding.pointer.rawValue),
            "line": location.map { .number($0.line) } ?? .null,
            "column": location.map { .number($0.column) } ?? .null,
            "message": .string(finding.message.text(in: language)),
            "notes": .list(finding.notes.map { .string($0.text(in: language)) }),
        ])
    }

    /// A screening finding; its message starts with the field's pointer, as printed.
    private func screened(_ diagnostic: Diagnostic) -> JSONValue {
        let pointer = diagnostic.message.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        return .object([
            "category": .string("legality"),
            "severity": .string(diagnostic.severity.rawValue),
            "code": .string(diagnostic.code ?? ""),
            "pointer": .string(pointer),
            "line": diagnostic.location.map { .number($0.line) } ?? .null,
            "column": diagnostic.location.map { .number($0.column) } ?? .null,
            "message": .string(diagnostic.message),
            "notes": .list(diagnostic.notes.map { .string($0.message) }),
        ])
    }

    private func maturity(_ report: MaturityReport) -> JSONValue {
        .object([
            "score": .number(report.score),
            "maximum": .number(report.maximum),
            "level": .string(report.level.rawValue),
            "elements": .list(report.elements.map { result in
                .object([
                    "id": .string(result.element.id),
                    "title": .string(result.element.title.text(in: language)),
                    "basis": .string(result.element.basis),
                    "points": .number(result.points),
                    "maximum": .number(result.element.maximum),
                    "missing": .list(result.missing.map { field in
                        .object(["pointer": .string(field.pointer), "advice": .string(field.advice.text(in: language))])
                    }),
                    "remarks": .list(result.remarks.map { .string($0.text(in: language)) }),
                ])
            }),
        ])
    }

    private func admission(_ report: AdmissionReport) -> JSONValue {
        let source = report.thresholds.source
        return .object([
            "verdict": .string(report.verdict.rawValue),
            "thresholds": .object([
                "verified": .bool(source.verified),
                "source": .string(language == .zh ? source.zh : source.en),
            ]),
            "red_lines": .list(report.results.map { result in
                .object([
                    "number": .number(result.redLine.rawValue),
                    "title": .string(result.redLine.title.text(in: language)),
                    "text": .string(result.redLine.text.text(in: language)),
                    "status": .string(result.status.rawValue),
                    "facts": .list(result.facts.map { .string($0.text(in: language)) }),
                    "questions": .list(result.questions.map { .string($0.text(in: language)) }),
                ])
            }),
        ])
    }
}
