/// The language of messages shown to users.
///
/// Chinese is the default because the toolkit's users are Chinese officials; English is
/// available with `--lang en` for foreign-investor facing work and for logs read by tools.
public enum Language: String, Sendable, Codable, CaseIterable {
    case zh
    case en

    /// Parses `zh`, `en` and common spellings such as `zh-CN` or `en_US`.
    public init?(code: String) {
        let lowered = code.lowercased()
        if lowered.hasPrefix("zh") { self = .zh } else if lowered.hasPrefix("en") { self = .en } else { return nil }
    }
}

/// A message available in both user languages.
///
/// Keeping both strings in one value means a message can never exist in one language only.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(in language: Language) -> String {
        language == .zh ? zh : en
    }
}
