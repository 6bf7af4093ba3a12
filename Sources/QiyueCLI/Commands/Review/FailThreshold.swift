import QiyueReview

/// The `--fail-on` threshold: the least severe finding that makes `qiyue review` exit 1.
enum FailThreshold {
    /// `nil` means never fail on findings.
    static func parse(_ value: String?) throws -> RuleSeverity? {
        switch value ?? "error" {
        case "error": return .error
        case "warning": return .warning
        case "info": return .info
        case "never": return nil
        default:
            throw UsageError.invalidValue(option: "--fail-on", value: value ?? "", expected: "error|warning|info|never")
        }
    }
}
