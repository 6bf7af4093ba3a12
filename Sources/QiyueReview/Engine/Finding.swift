import QiyueCore

/// One clause a rule objects to, located in the file the user gave.
public struct Finding: Sendable, Hashable {
    public var ruleID: String
    public var category: RuleCategory
    public var severity: RuleSeverity
    /// 1-based position in the original file (after mapping through the extracted text's origins).
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    /// Where the origin says the line came from, e.g. `第7段` for a Word paragraph.
    public var place: String?
    /// The article or item heading, e.g. `第五条` or `第五条（二）`.
    public var article: String?
    /// The sentence holding the clause, as written in the original.
    public var excerpt: String
    public var message: LocalizedText
    public var basis: [String]
    public var suggestion: LocalizedText
    /// Amounts of money stated in the sentence, in yuan.
    public var amounts: [Double]
    /// The line of the reviewed text, and the 1-based column and length of the span in it,
    /// for printing the source excerpt with a caret.
    public var sourceLine: String
    public var sourceColumn: Int
    public var sourceLength: Int

    public init(
        ruleID: String, category: RuleCategory, severity: RuleSeverity, line: Int, column: Int, endLine: Int, endColumn: Int,
        place: String? = nil, article: String?, excerpt: String, message: LocalizedText, basis: [String], suggestion: LocalizedText,
        amounts: [Double] = [], sourceLine: String, sourceColumn: Int, sourceLength: Int
    ) {
        self.ruleID = ruleID
        self.category = category
        self.severity = severity
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.place = place
        self.article = article
        self.excerpt = excerpt
        self.message = message
        self.basis = basis
        self.suggestion = suggestion
        self.amounts = amounts
        self.sourceLine = sourceLine
        self.sourceColumn = sourceColumn
        self.sourceLength = sourceLength
    }
}
