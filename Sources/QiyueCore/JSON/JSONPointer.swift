/// An RFC 6901 JSON pointer: the path of a value inside a document, such as `/land/area_mu`.
///
/// Every project message names its field this way, because a pointer is unambiguous
/// (array elements are numbered, `/` and `~` in keys are escaped) and tools can follow it.
public struct JSONPointer: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The unescaped reference tokens; empty for the whole document.
    public var tokens: [String]

    public init(_ tokens: [String] = []) {
        self.tokens = tokens
    }

    /// Parses `/a/b~1c/0`; returns `nil` unless the text is empty or starts with `/`.
    public init?(parsing text: String) {
        if text.isEmpty { self.init(); return }
        guard text.hasPrefix("/") else { return nil }
        let parts = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        self.init(parts.map { $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~") })
    }

    public static let root = JSONPointer()

    public func appending(_ token: String) -> JSONPointer {
        JSONPointer(tokens + [token])
    }

    public func appending(_ index: Int) -> JSONPointer {
        appending(String(index))
    }

    /// The pointer without its last token; the root is its own parent.
    public var parent: JSONPointer {
        JSONPointer(Array(tokens.dropLast()))
    }

    public var last: String? { tokens.last }

    /// The RFC 6901 text, e.g. `/land/area_mu`; the empty string for the root.
    public var rawValue: String {
        tokens.map { "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }.joined()
    }

    /// The form shown to people: the RFC text, with the root shown as `/` rather than nothing.
    public var description: String {
        tokens.isEmpty ? "/" : rawValue
    }

    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
