import QiyueCore

/// The admission screening of one project against the five red lines.
public struct AdmissionReport: Sendable {
    public enum Verdict: String, Sendable {
        /// A red line decided by data is crossed: the project may not be admitted.
        case rejected
        /// No data-decided red line is crossed; the questions must be answered first.
        case pendingReview = "pending-review"
        /// Every red line was decided by data and none is crossed.
        case admitted
    }

    public var results: [RedLineResult]
    public var thresholds: AdmissionThresholds

    public var verdict: Verdict {
        if results.contains(where: { $0.status == .failed }) { return .rejected }
        if results.contains(where: { $0.status == .needsHuman || $0.status == .undetermined }) { return .pendingReview }
        return .admitted
    }

    /// Every question across the red lines, in red-line order.
    public var questions: [LocalizedText] { results.flatMap(\.questions) }

    public func result(for redLine: RedLine) -> RedLineResult? {
        results.first { $0.redLine == redLine }
    }
}
