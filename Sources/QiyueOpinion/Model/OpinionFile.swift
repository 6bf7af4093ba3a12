import QiyueCore
import QiyueReview

/// One reviewed file of an opinion: its identity (name, digest), conclusion, numbered
/// findings, missing elements, exemptions and the reviewed text.
public struct OpinionFile: Sendable, Hashable {
    /// The 1-based position of the file in the opinion, used in anchors.
    public var number: Int = 1
    /// The path as given to the review.
    public var name: String
    public var sha256: String?
    public var byteCount: Int?
    /// Why the file was not reviewed, when it was not.
    public var error: String?
    /// Findings about clauses, numbered 1… in document order.
    public var findings: [OpinionFinding]
    /// Elements a complete agreement has and this one lacks, numbered after the findings.
    public var missing: [OpinionFinding]
    public var exemptions: [Exemption]
    /// The reviewed text split into lines (1-based line `n` is `lines[n - 1]`).
    public var lines: [String]
    /// The rule pack's categories, the rows of the summary table.
    public var categories: [RuleCategory]

    init(_ review: FileReview, categories: [RuleCategory], rewrites: [String: LocalizedText] = [:], language: Language) {
        self.categories = categories
        name = review.path
        sha256 = review.source?.sha256
        byteCount = review.source?.byteCount
        error = review.error.map { message in
            guard let line = review.errorLine else { return message }
            return "\(review.path):\(line):\(review.errorColumn ?? 1): \(message)"
        }
        let clauses = review.findings.filter { $0.category != .completeness }
        let documentLevel = review.findings.filter { $0.category == .completeness }
        findings = clauses.enumerated().map { OpinionFinding($1, number: $0 + 1, rewrite: rewrites[$1.ruleID], language: language) }
        missing = documentLevel.enumerated().map {
            OpinionFinding($1, number: clauses.count + $0 + 1, rewrite: rewrites[$1.ruleID], language: language)
        }
        exemptions = review.exemptions
        lines = review.source.map { Self.lines(of: $0.text) } ?? []
    }

    public var allFindings: [OpinionFinding] { findings + missing }

    public var conclusion: OpinionConclusion {
        if error != nil { return .notReviewed }
        return allFindings.contains { $0.severity >= .warning } ? .reviseBeforeSigning : .noViolationFound
    }

    public var summary: OpinionSummary { OpinionSummary(allFindings, categories: categories) }

    /// `[errors, warnings, infos]`.
    public var counts: [Int] { summary.totals }

    /// The lines as the review numbers them: split at LF, a CR before it dropped. (A Swift
    /// `Character` holds CR LF as one, so splitting characters would miss those breaks.)
    static func lines(of text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { scalars in
            var line = String(String.UnicodeScalarView(scalars))
            if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
            return line
        }
    }
}
