import QiyueCore

/// One clause a rule objects to: a located `Diagnostic` (what every command prints and
/// every reporter serialises) plus the review's own payload (rule, category, the promise
/// the clause makes, the legal basis, the rewrite).
///
/// The diagnostic is in the language the review was run in; the payload keeps both
/// languages. The accessors below read the common fields without reaching into either.
public struct Finding: Sendable, Hashable {
    /// Severity, the span in the user's file (`location` up to `end`), the message with the
    /// frame explained, and located notes (the preamble line defining the giver, the place).
    public var diagnostic: Diagnostic
    public var review: ReviewPayload

    public init(diagnostic: Diagnostic, review: ReviewPayload) {
        self.diagnostic = diagnostic
        self.review = review
    }

    public var ruleID: String { review.ruleID }
    public var category: RuleCategory { review.category }
    public var severity: RuleSeverity { review.severity }
    /// 1-based position in the original file (after mapping through the extracted text's origins).
    public var line: Int { diagnostic.location?.line ?? 1 }
    public var column: Int { diagnostic.location?.column ?? 1 }
    /// One past the last character of the span, as in SARIF.
    public var endLine: Int { diagnostic.end?.line ?? line }
    public var endColumn: Int { diagnostic.end?.column ?? column + 1 }
    public var place: String? { review.place }
    public var article: String? { review.article }
    public var excerpt: String { review.excerpt }
    public var message: LocalizedText { review.message }
    /// The citations of the basis entries, `《…》第X条：wording`.
    public var basis: [String] { review.basis.map(\.line) }
    public var suggestion: LocalizedText { review.suggestion }
    public var amounts: [Double] { review.amounts }
    public var frame: PromiseFrame? { review.frame }
    public var sourceLine: String { review.sourceLine }
    public var sourceColumn: Int { review.sourceColumn }
    public var sourceLength: Int { review.sourceLength }
}
