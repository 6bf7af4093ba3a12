import QiyueCore

/// What a review finding carries beyond its diagnostic: the rule and category, the promise
/// the clause makes (its frame), where it stands in the agreement, the legal basis, the
/// lawful rewrite, and the text needed to print or anchor it.
///
/// Consumers that put findings elsewhere (Word comments, the HTML opinion) read this;
/// every field is plain data and stable.
public struct ReviewPayload: Sendable, Hashable {
    public var ruleID: String
    public var category: RuleCategory
    public var severity: RuleSeverity
    /// The rule's message, e.g. 按企业纳税额或地方财政贡献计算奖励、补贴.
    public var message: LocalizedText
    /// The frame in one line, e.g. `县人民政府 → 乙方：按缴纳增值税地方留成的80%奖励`;
    /// `nil` for completeness and markup findings, which are about no single promise.
    public var explanation: LocalizedText?
    /// Who gives what to whom, computed from what, by how much.
    public var frame: PromiseFrame?
    /// The article or item heading, e.g. `第五条` or `第五条（二）`.
    public var article: String?
    /// Where the reader says the line came from, e.g. `第7段` for a Word paragraph.
    public var place: String?
    /// The sentence holding the clause, as written in the original.
    public var excerpt: String
    /// The provisions that fit this finding, each once.
    public var basis: [BasisEntry]
    /// A lawful way to write what the parties wanted.
    public var suggestion: LocalizedText
    /// Amounts of money stated in the sentence, in yuan.
    public var amounts: [Double]
    /// The span in the reviewed text (the `ExtractedText`'s own lines, before mapping to the file).
    public var reviewed: ReviewedSpan
    /// The line of the reviewed text, and the 1-based column and length of the span in it,
    /// for printing the source excerpt with a caret.
    public var sourceLine: String
    public var sourceColumn: Int
    public var sourceLength: Int

    public init(
        ruleID: String, category: RuleCategory, severity: RuleSeverity, message: LocalizedText, explanation: LocalizedText? = nil,
        frame: PromiseFrame? = nil, article: String? = nil, place: String? = nil, excerpt: String, basis: [BasisEntry],
        suggestion: LocalizedText, amounts: [Double] = [], reviewed: ReviewedSpan, sourceLine: String, sourceColumn: Int, sourceLength: Int
    ) {
        self.ruleID = ruleID
        self.category = category
        self.severity = severity
        self.message = message
        self.explanation = explanation
        self.frame = frame
        self.article = article
        self.place = place
        self.excerpt = excerpt
        self.basis = basis
        self.suggestion = suggestion
        self.amounts = amounts
        self.reviewed = reviewed
        self.sourceLine = sourceLine
        self.sourceColumn = sourceColumn
        self.sourceLength = sourceLength
    }
}
