import QiyueCore

/// One thing action plan item 9 asks a mature project package to state, with the fields
/// that state it and the points each field is worth.
public struct MaturityElement: Sendable, Hashable {
    /// One field of the element: its pointer, its points, and what to write there.
    public struct Field: Sendable, Hashable {
        public var pointer: String
        public var points: Int
        public var advice: LocalizedText
    }

    /// A stable identifier, e.g. `land`.
    public var id: String
    public var title: LocalizedText
    /// The words of item 9 (or item 8) this element answers to.
    public var basis: String
    public var fields: [Field]

    public var maximum: Int { fields.reduce(0) { $0 + $1.points } }
}
