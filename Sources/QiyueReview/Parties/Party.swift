/// A party defined in an agreement's preamble.
public struct Party: Sendable, Hashable {
    /// The role word, `甲方`, `乙方`, `丙方` or `丁方`, or `nil` for a party known only by name.
    public var role: String?
    /// The full name as written, e.g. `某某县人民政府`.
    public var name: String
    /// Short names the preamble introduces with 以下简称.
    public var shortNames: [String]
    public var side: ActorClass

    public init(role: String?, name: String, shortNames: [String] = [], side: ActorClass) {
        self.role = role
        self.name = name
        self.shortNames = shortNames
        self.side = side
    }
}
