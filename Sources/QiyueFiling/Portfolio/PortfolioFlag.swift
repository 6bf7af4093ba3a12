import QiyueCore

/// One reason to act on a project, with the dates it rests on and the rule that asks for action.
public struct PortfolioFlag: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Signed more than two years ago and not in production (action plan item 21).
        case stalled
        /// Land supplied, construction not started a year after the agreed date (闲置土地).
        case idleLand = "idle-land"
        /// Investment in place below the share the agreed schedule calls for.
        case investmentShortfall = "investment-shortfall"
        /// The registered agreement had review errors and is still in force.
        case reviewErrorsInForce = "review-errors-in-force"
    }

    public var kind: Kind
    public var reason: LocalizedText
    /// The dates the reason is computed from, labelled, e.g. 签约 2023-03-08.
    public var dates: [(label: LocalizedText, date: String)]
    public var rule: LocalizedText

    public init(_ kind: Kind, reason: LocalizedText, dates: [(label: LocalizedText, date: String)], rule: LocalizedText) {
        self.kind = kind
        self.reason = reason
        self.dates = dates
        self.rule = rule
    }

    public static func == (lhs: PortfolioFlag, rhs: PortfolioFlag) -> Bool {
        lhs.kind == rhs.kind && lhs.reason == rhs.reason && lhs.rule == rhs.rule && lhs.dates.map(\.date) == rhs.dates.map(\.date)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(reason)
    }

    public var label: LocalizedText {
        switch kind {
        case .stalled: return LocalizedText(zh: "落地两年未投产", en: "not in production two years after signing")
        case .idleLand: return LocalizedText(zh: "疑似闲置土地", en: "possibly idle land")
        case .investmentShortfall: return LocalizedText(zh: "投资到位不足", en: "investment behind schedule")
        case .reviewErrorsInForce: return LocalizedText(zh: "审查有错误的协议仍在执行", en: "agreement with review errors still in force")
        }
    }
}
