import QiyueCore

/// The 审查结论 of a file or of the whole opinion.
public enum OpinionConclusion: String, Sendable, Hashable {
    /// Clauses at warning or error level were found: sign only after they are revised.
    case reviseBeforeSigning
    /// Nothing at warning or error level was found.
    case noViolationFound
    /// The file could not be read, so nothing can be said about it.
    case notReviewed

    public var title: LocalizedText {
        switch self {
        case .reviseBeforeSigning: return LocalizedText(zh: "修改后可签署", en: "may be signed after revision")
        case .noViolationFound: return LocalizedText(zh: "未发现违规条款", en: "no unlawful clause found")
        case .notReviewed: return LocalizedText(zh: "未审查", en: "not reviewed")
        }
    }

    /// The fixed caveat every opinion carries: a tool that finds nothing has not certified
    /// anything, and a reviewer who files the opinion must not be read as saying so.
    public static let caveat = LocalizedText(
        zh: "本意见书依据所列规则包对文本进行审查，仅就所列条款提出意见；未发现问题不等于协议合法性的证明，签署前仍须履行合法性审查、集体讨论决定等法定程序。",
        en: "This opinion reviews the text against the rule pack named above and speaks only to the clauses listed; finding nothing is not a certificate of legality, and the statutory legality review and collective decision are still required before signing."
    )
}
