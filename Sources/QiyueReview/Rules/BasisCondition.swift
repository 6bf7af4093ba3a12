/// When a basis entry fits a finding, judged from the promise frame the finding read.
public enum BasisCondition: String, Sendable, Hashable, Codable, CaseIterable {
    /// The giver is a government organ (a people's government, a committee, a bureau), not a
    /// state-owned company acting for it.
    case giverOrgan = "giver-organ"
    /// The giver is a company (a platform, a state-owned investment company).
    case giverCompany = "giver-company"

    /// Words that make a party a company rather than an organ.
    static let companyWords = ["公司", "集团", "基金", "平台", "中心", "城投", "国投", "国企", "企业"]

    /// Whether an entry under this condition fits a finding with `frame` (without a frame —
    /// a completeness finding — every entry fits).
    func fits(_ frame: PromiseFrame?) -> Bool {
        guard let frame, let giver = frame.giver else { return true }
        let words = giver.text + (giver.name ?? "")
        let isCompany = Self.companyWords.contains(where: words.contains)
        switch self {
        case .giverOrgan: return giver.side == .government && !isCompany
        case .giverCompany: return isCompany
        }
    }
}
