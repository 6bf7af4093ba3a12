import QiyueCore

/// How serious a rule's finding is; `info < warning < error` so thresholds compare directly.
public enum RuleSeverity: String, Sendable, Codable, CaseIterable, Comparable, Hashable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: RuleSeverity, rhs: RuleSeverity) -> Bool { lhs.rank < rhs.rank }

    /// The toolkit-wide diagnostic severity printed for this rule severity.
    public var diagnosticSeverity: Severity {
        switch self {
        case .info: return .note
        case .warning: return .warning
        case .error: return .error
        }
    }
}
