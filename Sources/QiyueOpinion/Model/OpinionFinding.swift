import QiyueCore
import QiyueReview

/// One row of the findings table: what the clause says, why it may not be signed, what the
/// law says and how to write it lawfully, with the place in the file.
public struct OpinionFinding: Sendable, Hashable {
    /// 序号, 1-based within its file.
    public var number: Int
    public var ruleID: String
    public var category: RuleCategory
    public var severity: RuleSeverity
    /// 位置: the article and the place in the file, e.g. `第三条 · 第32行`.
    public var location: String
    /// The span in the user's file (1-based), as in the JSON report.
    public var line: Int
    public var column: Int
    /// The span in the reviewed text, for the highlight in the full text.
    public var reviewed: ReviewedSpan
    /// 原文: the sentence with the span that triggered the finding marked.
    public var excerpt: HighlightedExcerpt
    /// 问题: the rule's message, and the promise the clause makes when the engine read one.
    public var problem: String
    public var promise: String?
    /// 依据: the provisions, `《…》第X条：wording`.
    public var basis: [String]
    /// 建议改写.
    public var suggestion: String
    /// The lawful wording the rule gives (a model clause for a missing element), as a redline puts it in.
    public var rewrite: String?

    init(_ finding: Finding, number: Int, rewrite: LocalizedText? = nil, language: Language) {
        self.number = number
        ruleID = finding.ruleID
        category = finding.category
        severity = finding.severity
        line = finding.line
        column = finding.column
        reviewed = finding.review.reviewed
        let zh = language == .zh
        var places: [String] = []
        let place = finding.place ?? (zh ? "第\(finding.line)行" : "line \(finding.line)")
        // A DOCX place already names its article (第9段（第二条）): say it once.
        if let article = finding.article, !place.contains(article) { places.append(article) }
        places.append(place)
        location = places.joined(separator: " · ")
        excerpt = HighlightedExcerpt(finding)
        problem = finding.message.text(in: language)
        promise = finding.review.explanation?.text(in: language)
        basis = finding.basis
        suggestion = finding.suggestion.text(in: language)
        self.rewrite = rewrite?.text(in: language)
    }
}
