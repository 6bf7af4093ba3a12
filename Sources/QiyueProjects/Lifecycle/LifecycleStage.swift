import QiyueCore

/// The stage a signed project has reached (action plan item 18: 签约—开工—投产).
public enum LifecycleStage: String, Sendable, CaseIterable, Comparable {
    case signed
    case underConstruction = "under_construction"
    case completed
    case inProduction = "in_production"
    case exited

    public var label: LocalizedText {
        switch self {
        case .signed: return LocalizedText(zh: "已签约", en: "signed")
        case .underConstruction: return LocalizedText(zh: "在建", en: "under construction")
        case .completed: return LocalizedText(zh: "已竣工", en: "completed")
        case .inProduction: return LocalizedText(zh: "已投产", en: "in production")
        case .exited: return LocalizedText(zh: "已退出", en: "exited")
        }
    }

    /// What the stage's date is called: 开工 for under construction.
    public var dateLabel: LocalizedText {
        switch self {
        case .signed: return LocalizedText(zh: "签约", en: "signing")
        case .underConstruction: return LocalizedText(zh: "开工", en: "construction start")
        case .completed: return LocalizedText(zh: "竣工", en: "completion")
        case .inProduction: return LocalizedText(zh: "投产", en: "start of production")
        case .exited: return LocalizedText(zh: "退出", en: "exit")
        }
    }

    /// The `/lifecycle` member holding the date the stage was reached.
    public var dateKey: String {
        switch self {
        case .signed: return "signed"
        case .underConstruction: return "construction_started"
        case .completed: return "completed"
        case .inProduction: return "production_started"
        case .exited: return "exited"
        }
    }

    /// The stage's place in the lifecycle, for ordering summaries.
    public var order: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: LifecycleStage, rhs: LifecycleStage) -> Bool { lhs.order < rhs.order }
}
