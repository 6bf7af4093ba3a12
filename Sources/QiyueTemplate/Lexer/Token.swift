/// One token of a template: a run of literal text, a tag delimiter, or a piece of an
/// expression inside `{{ }}` or `{% %}`.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        case text(String)
        case variableBegin
        case variableEnd
        case blockBegin
        case blockEnd
        case name(String)
        case string(String)
        case integer(Int)
        case float(Double)
        /// An operator or punctuation mark such as `+`, `//`, `==`, `(`, `|`.
        case symbol(String)
        case end
    }

    var kind: Kind
    /// The byte offset of the token's first character in the template source.
    var offset: Int
    /// The token's length in bytes, for the caret underline.
    var length: Int
}

extension Token.Kind: CustomStringConvertible {
    var description: String {
        switch self {
        case .text: return "text"
        case .variableBegin: return "{{"
        case .variableEnd: return "}}"
        case .blockBegin: return "{%"
        case .blockEnd: return "%}"
        case let .name(name): return name
        case let .string(text): return PythonText.quoted(text)
        case let .integer(number): return String(number)
        case let .float(number): return PythonText.float(number)
        case let .symbol(symbol): return symbol
        case .end: return "end of template"
        }
    }
}
