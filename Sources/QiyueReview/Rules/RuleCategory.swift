import QiyueCore

/// What kind of unlawful promise a rule looks for; the `category` field of a finding.
public enum RuleCategory: String, Sendable, Codable, CaseIterable, Hashable {
    /// Land prices, land-fee rebates, zero-price land, illegal ways of supplying land.
    case land
    /// Tax rebates, rewards pegged to tax, local tax exemptions, tax borne by government.
    case tax
    /// Guarantees by the government side, backstops, guaranteed returns, buy-backs, hidden debt.
    case guarantee
    /// Elements a whole agreement should contain (breach liability, disputes, exit…).
    case completeness
    /// Problems with the review markup itself, such as a suppression without a reason.
    case suppression

    public var title: LocalizedText {
        switch self {
        case .land: return LocalizedText(zh: "土地", en: "land")
        case .tax: return LocalizedText(zh: "税收", en: "tax")
        case .guarantee: return LocalizedText(zh: "担保与隐性债务", en: "guarantee and hidden debt")
        case .completeness: return LocalizedText(zh: "协议完整性", en: "completeness")
        case .suppression: return LocalizedText(zh: "审查标注", en: "review markup")
        }
    }
}
