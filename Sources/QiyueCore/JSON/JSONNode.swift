/// A JSON value together with the span of source text it came from.
///
/// Offsets are UTF-8 byte offsets into the file; `JSONSourceMap` turns them into the
/// line and column a person sees, only for the few values a message is about.
public struct JSONNode: Sendable, Hashable {
    public var value: JSONValue
    /// The byte offset of the value's first character.
    public var offset: Int
    /// The number of bytes the value spans in the source.
    public var length: Int

    public init(_ value: JSONValue, offset: Int = 0, length: Int = 0) {
        self.value = value
        self.offset = offset
        self.length = length
    }

    /// The member value named `key`; the last one wins when a key is repeated, as in
    /// most JSON readers (the validator reports the repetition separately).
    public subscript(key: String) -> JSONNode? {
        value.members?.last { $0.key == key }?.value
    }

    /// The node at an RFC 6901 JSON pointer such as `/land/area_mu`, or `nil`.
    public func node(at pointer: JSONPointer) -> JSONNode? {
        var current = self
        for token in pointer.tokens {
            switch current.value {
            case let .object(members):
                guard let next = members.last(where: { $0.key == token }) else { return nil }
                current = next.value
            case let .array(elements):
                guard let index = Int(token), elements.indices.contains(index) else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    /// Convenience for `node(at: JSONPointer(string))`; invalid pointers find nothing.
    public func node(at pointer: String) -> JSONNode? {
        guard let parsed = JSONPointer(parsing: pointer) else { return nil }
        return node(at: parsed)
    }

    /// The number at `pointer`, or `nil` when absent or not a number.
    public func number(at pointer: String) -> Double? {
        node(at: pointer)?.value.doubleValue
    }

    /// The string at `pointer`, or `nil` when absent or not a string.
    public func string(at pointer: String) -> String? {
        node(at: pointer)?.value.stringValue
    }
}
