/// One side of a signature block: `甲方（盖章）：某某县人民政府` with its lines to sign.
public struct SignatureParty: Sendable, Hashable {
    /// The role label, e.g. `甲方` or `Party A`.
    public var role: String
    /// The party's full name.
    public var name: String
    /// Further lines, e.g. `法定代表人或授权代表（签字）：`, `日期：　　年　　月　　日`.
    public var lines: [String]

    public init(role: String, name: String, lines: [String] = []) {
        self.role = role
        self.name = name
        self.lines = lines
    }
}
