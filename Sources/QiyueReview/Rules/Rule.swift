import QiyueCore

/// One review rule: what it finds, why that is unlawful, how to rewrite it, how it matches
/// and the examples that prove it.
public struct Rule: Sendable, Hashable, Codable, Identifiable {
    /// `category.name`, e.g. `land.price-promise`.
    public var id: String
    public var category: RuleCategory
    public var severity: RuleSeverity
    public var message: LocalizedText
    /// The provisions that make the clause unlawful, quoted by title and article.
    public var basis: [String]
    /// A lawful way to write what the parties wanted.
    public var suggestion: LocalizedText
    /// The lawful wording a redline puts in, when the suggestion is advice rather than text:
    /// for a clause rule the sentence that replaces the offending one, for a completeness rule
    /// a model clause added after the last article. A drafter who accepts it gets a clause
    /// that passes review, so the pack's tests review every rewrite.
    public var rewrite: LocalizedText?
    public var match: RuleMatch
    public var examples: RuleExamples

    public init(
        id: String, category: RuleCategory, severity: RuleSeverity, message: LocalizedText,
        basis: [String], suggestion: LocalizedText, rewrite: LocalizedText? = nil, match: RuleMatch, examples: RuleExamples
    ) {
        self.id = id
        self.category = category
        self.severity = severity
        self.message = message
        self.basis = basis
        self.suggestion = suggestion
        self.rewrite = rewrite
        self.match = match
        self.examples = examples
    }
}

extension Rule {
    /// The lawful wording a suggestion quotes (删除…，改为“…”), for rules written before
    /// packs had a `rewrite`; `nil` when it quotes none.
    public static func quotedWording(in suggestion: String) -> String? {
        guard let open = suggestion.firstIndex(of: "“"), let close = suggestion[open...].firstIndex(of: "”") else { return nil }
        return String(suggestion[suggestion.index(after: open) ..< close])
    }
}
