/// When a basis entry fits a finding, judged from the promise frame the finding read.
public enum BasisCondition: String, Sendable, Hashable, Codable, CaseIterable {
    /// The giver is a government organ (a people's government, a committee, a bureau), not a
    /// state-owned company acting for it.
    case giverOrgan = "giver-organ"
    /// The giver is a company (a platform, a state-owned investment company).
    case giverCompany = "giver-company"
    /// The promise is not about the price of a factor of production (电价, 水价, 气价): a
    /// government paying the excess of a power price subsidises an element of production
    /// selectively, it neither guarantees a debt nor borrows, so the budget law's guarantee and
    /// borrowing bans do not fit it.
    case notFactorPrice = "not-factor-price"

    /// Bases that are the price of a factor of production.
    static let factorPrices = ["电价", "电费", "用电价格", "水价", "水费", "气价", "用气价格"]

    /// Words that make a party a company rather than an organ.
    static let companyWords = ["公司", "集团", "基金", "平台", "中心", "城投", "国投", "国企", "企业"]

    /// Whether an entry under this condition fits a finding with `frame` (without a frame —
    /// a completeness finding — every entry fits).
    func fits(_ frame: PromiseFrame?) -> Bool {
        guard let frame else { return true }
        if self == .notFactorPrice {
            guard let base = frame.base else { return true }
            return !Self.factorPrices.contains { PlainSearch.contains(base, $0) }
        }
        guard let giver = frame.giver else { return true }
        let words = giver.text + (giver.name ?? "")
        let isCompany = Self.companyWords.contains { PlainSearch.contains(words, $0) }
        switch self {
        case .giverOrgan: return giver.side == .government && !isCompany
        case .giverCompany: return isCompany
        case .notFactorPrice: return true
        }
    }
}
