/// How serious a diagnostic is.
///
/// The ordering (`note < warning < error`) lets callers compare a finding against a
/// threshold such as `--fail-on warning` without a lookup table.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The word printed after the location, as compilers print it.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.error, .zh): return "错误"
        case (.warning, .zh): return "警告"
        case (.note, .zh): return "注"
        case (.error, .en): return "error"
        case (.warning, .en): return "warning"
        case (.note, .en): return "note"
        }
    }
}
