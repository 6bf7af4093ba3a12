import QiyueCore

/// `--format sarif`: SARIF 2.1.0, which code-review systems and CI servers display inline.
///
/// Every rule in force is described once under `tool.driver.rules` (with its basis and
/// suggestion), results point at it by index, and unreadable files become tool
/// execution notifications so that a CI run shows why a file was skipped.
public struct SARIFReporter: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    public func render(_ report: ReviewReport) -> String {
        let rules = report.rules + [MetaRules.missingReason, MetaRules.unknownRule]
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.enumerated() { ruleIndex[rule.id] = index }
        // Exempted findings are results too, marked suppressed in source with the reason as
        // the justification, as SARIF viewers expect; they do not count as open.
        let results: [ReportJSON] = report.files.flatMap { file in
            file.findings.map { result($0, path: file.path, index: ruleIndex[$0.ruleID]) }
                + file.exemptions.flatMap { exemption in
                    exemption.suppressed.map { result($0, path: file.path, index: ruleIndex[$0.ruleID], justification: exemption.reason) }
                }
        }
        let notifications: [ReportJSON] = report.files.compactMap { file in
            guard let error = file.error else { return nil }
            return .object([
                ("level", .string("error")),
                ("message", .object([("text", .string(error))])),
                ("locations", .array([location(path: file.path, region: file.errorLine.map { line in
                    [("startLine", .int(line)), ("startColumn", .int(file.errorColumn ?? 1))]
                })])),
            ])
        }
        return ReportJSON.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("qiyue")),
                    ("version", .string(report.toolVersion)),
                    ("rules", .array(rules.map(descriptor))),
                ]))])),
                ("invocations", .array([.object([
                    ("executionSuccessful", .bool(!report.hasUnreadableFiles)),
                    ("toolExecutionNotifications", .array(notifications)),
                ])])),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(results)),
            ])])),
        ]).rendered()
    }

    func descriptor(_ rule: Rule) -> ReportJSON {
        .object([
            ("id", .string(rule.id)),
            ("shortDescription", .object([("text", .string(rule.message.text(in: language)))])),
            ("help", .object([("text", .string(rule.suggestion.text(in: language)))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
            ("properties", .object([
                ("category", .string(rule.category.rawValue)),
                ("basis", .array(rule.basis.map(ReportJSON.string))),
            ])),
        ])
    }

    func result(_ finding: Finding, path: String, index: Int?, justification: String? = nil) -> ReportJSON {
        var members: [(String, ReportJSON)] = [("ruleId", .string(finding.ruleID))]
        if let index { members.append(("ruleIndex", .int(index))) }
        members += [
            ("level", .string(level(finding.severity))),
            ("message", .object([("text", .string(finding.message.text(in: language)))])),
            ("locations", .array([location(path: path, region: [
                ("startLine", .int(finding.line)), ("startColumn", .int(finding.column)),
                ("endLine", .int(finding.endLine)), ("endColumn", .int(finding.endColumn)),
                ("snippet", .object([("text", .string(finding.excerpt))])),
            ])])),
            ("properties", .object([
                ("category", .string(finding.category.rawValue)),
                ("article", .optional(finding.article)),
                ("basis", .array(finding.basis.map(ReportJSON.string))),
                ("suggestion", .string(finding.suggestion.text(in: language))),
            ])),
        ]
        if let justification {
            members.append(("suppressions", .array([.object([("kind", .string("inSource")), ("justification", .string(justification))])])))
        }
        return .object(members)
    }

    func location(path: String, region: [(String, ReportJSON)]?) -> ReportJSON {
        var physical: [(String, ReportJSON)] = [("artifactLocation", .object([("uri", .string(uri(path)))]))]
        if let region { physical.append(("region", .object(region))) }
        return .object([("physicalLocation", .object(physical))])
    }

    /// A relative URI reference for the path (spaces and other reserved characters escaped).
    func uri(_ path: String) -> String {
        var result = ""
        for scalar in path.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) || "-._~/".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !scalar.isASCII {
                result.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { result += "%" + String(byte, radix: 16, uppercase: true) }
            }
        }
        return result
    }

    func level(_ severity: RuleSeverity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }
}
