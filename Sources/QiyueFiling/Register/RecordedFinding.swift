import QiyueCore

/// One review finding as the register keeps it: enough to say later what was known at
/// signing (rule, severity, place, message), without the whole review report.
public struct RecordedFinding: Sendable, Hashable {
    public var rule: String
    /// The rule's category (`land`, `tax`, `guarantee`, …) when known.
    public var category: String?
    public var severity: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(rule: String, category: String? = nil, severity: String, line: Int, column: Int, message: String) {
        self.rule = rule
        self.category = category
        self.severity = severity
        self.line = line
        self.column = column
        self.message = message
    }

    var json: JSONValue {
        .orderedObject([
            ("rule", .string(rule)), ("category", category.map(JSONValue.string) ?? .null), ("severity", .string(severity)),
            ("line", .number(line)), ("column", .number(column)), ("message", .string(message)),
        ])
    }

    init?(_ node: JSONNode) {
        guard let rule = node["rule"]?.value.stringValue, let severity = node["severity"]?.value.stringValue else { return nil }
        self.init(rule: rule, category: node["category"]?.value.stringValue, severity: severity,
                  line: node["line"].count, column: node["column"].count,
                  message: node["message"]?.value.stringValue ?? "")
    }
}
