/// What the engine itself uses a term for, besides the rules that trigger on it.
struct TermKind: OptionSet, Sendable, Hashable {
    let rawValue: UInt16
    static let negator = TermKind(rawValue: 1)
    static let causative = TermKind(rawValue: 2)
    static let mention = TermKind(rawValue: 4)
    static let suppression = TermKind(rawValue: 8)
    static let commitment = TermKind(rawValue: 16)
    static let canceller = TermKind(rawValue: 32)
    static let mask = TermKind(rawValue: 64)
    static let deferral = TermKind(rawValue: 128)
    /// What a promise is computed from or concerns (土地出让金, 地方留成, 贷款本息), for its frame.
    static let base = TermKind(rawValue: 256)
    /// A noun that begins with a party word but names money (企业发展金): no party inside it.
    static let partyMask = TermKind(rawValue: 512)
}
