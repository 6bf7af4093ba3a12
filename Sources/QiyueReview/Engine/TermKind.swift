/// What the engine itself uses a term for, besides the rules that trigger on it.
struct TermKind: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    static let negator = TermKind(rawValue: 1)
    static let causative = TermKind(rawValue: 2)
    static let mention = TermKind(rawValue: 4)
    static let suppression = TermKind(rawValue: 8)
}
