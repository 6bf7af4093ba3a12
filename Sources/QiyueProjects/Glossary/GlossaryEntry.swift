/// One official Chinese term and its standard English rendering.
public struct GlossaryEntry: Sendable, Hashable, Codable {
    public var zh: String
    /// The standard English rendering, as it should appear in running text.
    public var en: String
    /// Usage advice for translators (never checked).
    public var note: String?
    /// Other English renderings that are also accepted.
    public var variants: [String]?
    /// A grouping for people reading the file (`platform`, `place`, `catalogue`, …).
    public var category: String?

    public init(zh: String, en: String, note: String? = nil, variants: [String]? = nil, category: String? = nil) {
        self.zh = zh
        self.en = en
        self.note = note
        self.variants = variants
        self.category = category
    }

    /// The rendering followed by its variants: every English form the check accepts.
    public var acceptedRenderings: [String] {
        [en] + (variants ?? [])
    }
}
