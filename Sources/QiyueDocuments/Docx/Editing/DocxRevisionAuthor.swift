/// Who makes the comments and tracked changes, and when, as Word shows them.
public struct DocxRevisionAuthor: Sendable, Hashable {
    public var name: String
    public var initials: String
    /// An ISO 8601 time such as `2025-03-08T09:30:00Z`.
    public var date: String

    public init(name: String, initials: String? = nil, date: String) {
        self.name = name
        self.initials = initials ?? String(name.prefix(2))
        self.date = date
    }
}
