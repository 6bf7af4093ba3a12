/// How much a promise gives: an amount of money, a share of its base, or a whole, a
/// difference or an excess of it.
public struct FrameMeasure: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A sum of money or a price: 每亩8万元, 200万元.
        case amount
        /// A fraction of the base: 80%, 八成, 一半, 七折.
        case share
        /// All of it: 全额, 等额, 如数, 全部.
        case whole
        /// What is missing up to a level: 差额, 不足部分.
        case difference
        /// What is above a level: 超出部分, 超出额.
        case excess
    }

    /// As written: `80%`, `每亩8万元`, `全额`.
    public var text: String
    public var kind: Kind
    /// Yuan for an amount, the fraction (0.8) for a share, 1 for a whole; `nil` otherwise.
    public var value: Double?

    public init(text: String, kind: Kind, value: Double? = nil) {
        self.text = text
        self.kind = kind
        self.value = value
    }
}
