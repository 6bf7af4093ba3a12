/// A glossary term found in Chinese text whose English counterpart lacks the standard rendering.
public struct GlossaryMismatch: Sendable, Hashable {
    public var entry: GlossaryEntry

    /// The term as the glossary spells it, e.g. `中老铁路`.
    public var term: String { entry.zh }
    /// What the English should contain, e.g. `China–Laos Railway`.
    public var expected: String { entry.en }
}
