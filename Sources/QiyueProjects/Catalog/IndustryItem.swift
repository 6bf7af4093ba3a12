import QiyueCore

/// One numbered item under a key industry, such as 咖啡 (`01-06`) under 高原特色现代农业.
public struct IndustryItem: Sendable, Hashable, Codable {
    /// `NN-MM`: the industry's code and the item's number in the guidance, both two digits.
    public var code: String
    public var zh: String
    public var en: String
    /// The words in brackets after the item in the guidance: what investment it means.
    public var details: LocalizedText
    /// True where the guidance gives only details and the short name was written by the editor.
    public var nameIsEditorial: Bool

    enum CodingKeys: String, CodingKey {
        case code, zh, en, details
        case nameIsEditorial = "name_is_editorial"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        zh = try container.decode(String.self, forKey: .zh)
        en = try container.decode(String.self, forKey: .en)
        details = try container.decode(LocalizedText.self, forKey: .details)
        nameIsEditorial = try container.decodeIfPresent(Bool.self, forKey: .nameIsEditorial) ?? false
    }

    public var name: LocalizedText { LocalizedText(zh: zh, en: en) }
}
