import QiyueCore

/// The verdict on a package's maturity score.
public enum MaturityLevel: String, Sendable, CaseIterable {
    /// 85 and above: ready to be promoted to investors.
    case mature
    /// 60 to 84: fill the gaps before promotion.
    case nearlyMature = "nearly-mature"
    /// Below 60: not ready to be promoted.
    case immature

    public init(score: Int) {
        switch score {
        case 85...: self = .mature
        case 60..<85: self = .nearlyMature
        default: self = .immature
        }
    }

    public var label: LocalizedText {
        switch self {
        case .mature: return LocalizedText(zh: "成熟，可以对外推介", en: "mature, ready for promotion")
        case .nearlyMature: return LocalizedText(zh: "基本成熟，补齐后再推介", en: "nearly mature, fill the gaps before promotion")
        case .immature: return LocalizedText(zh: "不成熟，暂不宜推介", en: "immature, not ready for promotion")
        }
    }
}
