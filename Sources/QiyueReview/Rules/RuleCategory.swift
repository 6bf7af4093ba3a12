import QiyueCore

/// What kind of unlawful promise a rule looks for, as its pack declares it; the `category`
/// field of a finding.
///
/// Categories are data: a pack lists them under `categories` and every rule names one by
/// id, so a reviewer can add a category (公平竞争, 政府采购…) by editing a pack file. Two
/// values are equal when their ids are, so a rule's reference and the pack's declaration
/// are the same category; the declaration carries what reports print.
public struct RuleCategory: Sendable, Codable, Identifiable {
    /// The id rules refer to and rule ids start with (`land` for `land.price-promise`).
    public var id: String
    /// The short name summaries print (土地, 税收).
    public var title: LocalizedText
    /// One sentence on what the category covers, for the rule reference and `rules show`.
    public var description: LocalizedText
    /// Where the category stands in summaries and reports: ascending, then by id.
    public var order: Int
    /// The row label of the 审查意见书's summary table.
    public var opinionLabel: LocalizedText
    /// Whether findings of this category are preferences (优惠政策), which item 3 of
    /// 国发〔2015〕25号 keeps in force in agreements signed before 2015-05-10; the filing
    /// register's re-review marks them rather than listing them to undo.
    public var preference: Bool

    public init(
        id: String, title: LocalizedText? = nil, description: LocalizedText? = nil, order: Int = 1000,
        opinionLabel: LocalizedText? = nil, preference: Bool = false
    ) {
        self.id = id
        self.title = title ?? LocalizedText(zh: id, en: id)
        self.description = description ?? self.title
        self.order = order
        self.opinionLabel = opinionLabel ?? self.title
        self.preference = preference
    }

    /// The id, which is what a finding's `category` field holds in every report.
    public var rawValue: String { id }

    /// Elements a whole agreement should contain. Built in because the engine reads
    /// document-scope rules differently; its titles still come from the pack.
    public static let completeness = RuleCategory(id: "completeness")

    /// Problems with the review markup itself, such as a suppression without a reason.
    /// Built in with its titles: the markup belongs to the tool, not to any pack.
    public static let suppression = RuleCategory(
        id: "suppression", title: LocalizedText(zh: "审查标注", en: "review markup"),
        description: LocalizedText(zh: "审查标注（qiyue-disable 注释）本身的问题", en: "problems with the review markup (qiyue-disable comments) itself"),
        order: 10_000
    )

    /// `categories` in report order: by `order`, then by id.
    public static func ordered(_ categories: [RuleCategory]) -> [RuleCategory] {
        categories.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
    }

    /// A rule stores only the id; the pack puts the declaration in its place.
    public init(from decoder: any Decoder) throws {
        self.init(id: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }
}

extension RuleCategory: Hashable {
    public static func == (lhs: RuleCategory, rhs: RuleCategory) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
