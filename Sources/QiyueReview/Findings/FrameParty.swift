import QiyueCore

/// A party of a promise frame: the words the clause uses for it, the side it is on, and
/// the name the preamble gives it.
public struct FrameParty: Sendable, Hashable {
    /// As written in the clause: 甲方, 县财政局, 贵行.
    public var text: String
    public var side: ActorClass
    /// The name the preamble defines for a role word (甲方 → 某某县人民政府), if any.
    public var name: String?
    /// Where the preamble defines it, in the user's file, if it does.
    public var definedAt: SourceLocation?

    public init(text: String, side: ActorClass, name: String? = nil, definedAt: SourceLocation? = nil) {
        self.text = text
        self.side = side
        self.name = name
        self.definedAt = definedAt
    }

    /// `甲方（某某县人民政府）` when the preamble names a role word, else the words as written.
    public var display: String {
        guard let name, name != text else { return text }
        return "\(text)（\(name)）"
    }
}
