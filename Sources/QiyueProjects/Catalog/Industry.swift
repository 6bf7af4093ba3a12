import QiyueCore

/// One of the ten key industries of the guidance's catalogue, with its numbered items.
public struct Industry: Sendable, Hashable, Codable {
    /// `01` … `10`, in the order of the guidance: (一) is `01`, (十) is `10`.
    public var code: String
    public var zh: String
    public var en: String
    public var items: [IndustryItem]

    public var name: LocalizedText { LocalizedText(zh: zh, en: en) }
}
