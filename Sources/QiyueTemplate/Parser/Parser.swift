import QiyueCore

/// Builds the syntax tree of one template from its tokens.
///
/// A recursive-descent parser with Jinja2's grammar and precedence. Filters and tests are
/// resolved here, so an unknown filter is reported when the template is compiled (with
/// the nearest known name), not when some record happens to reach it.
struct Parser {
    let source: SourceText
    var tokens: [Token]
    var index = 0
    /// The `{% block %}` bodies of this template, by name.
    var blocks: [String: [Node]] = [:]
    /// The `{% extends %}` target, when the template has one.
    var extends: (Expression, offset: Int)?
    /// Open statements, innermost last, for "unclosed block" messages.
    var openBlocks: [(name: String, offset: Int)] = []
    /// Whether the statements being parsed are a loop's body, where `break` and `continue` may
    /// stand (not inside a macro, `call`, `set` or `filter` body nested in it, nor a loop's `else`).
    var inLoopBody = false
    /// How deeply expressions nest, bounded so hostile input cannot exhaust the stack.
    var depth = 0
    static let maximumNesting = 100

    init(source: SourceText, tokens: [Token]) {
        self.source = source
        self.tokens = tokens
    }

    var current: Token { tokens[index] }

    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    func peek(_ distance: Int = 1) -> Token {
        tokens[min(index + distance, tokens.count - 1)]
    }

    func isSymbol(_ symbol: String) -> Bool {
        if case let .symbol(value) = current.kind { return value == symbol }
        return false
    }

    func isName(_ name: String) -> Bool {
        if case let .name(value) = current.kind { return value == name }
        return false
    }

    mutating func skipSymbol(_ symbol: String) -> Bool {
        guard isSymbol(symbol) else { return false }
        _ = advance()
        return true
    }

    mutating func skipName(_ name: String) -> Bool {
        guard isName(name) else { return false }
        _ = advance()
        return true
    }

    mutating func expectSymbol(_ symbol: String) throws(RenderFailure) {
        guard skipSymbol(symbol) else { throw unexpected(expected: "'\(symbol)'") }
    }

    mutating func expectName() throws(RenderFailure) -> (String, Int) {
        let token = current
        guard case let .name(name) = token.kind else { throw unexpected(expected: "a name") }
        _ = advance()
        return (name, token.offset)
    }

    mutating func expectBlockEnd() throws(RenderFailure) {
        guard current.kind == .blockEnd else { throw unexpected(expected: "'%}'") }
        _ = advance()
    }

    /// "unexpected X" at the current token, naming what the grammar wanted there.
    func unexpected(expected: String) -> RenderFailure {
        let found = current.kind.description
        let zhExpected = expected == "a name" ? "名称" : (expected == "an expression" ? "表达式" : expected)
        var failure = RenderFailure(
            zh: "此处不应出现“\(found)”，应为\(zhExpected)", en: "unexpected '\(found)', expected \(expected)", offset: current.offset)
        failure.length = current.length
        return failure
    }

    /// Parses the whole template.
    mutating func parseTemplate() throws(RenderFailure) -> [Node] {
        let (nodes, _) = try parseBody(until: [])
        return nodes
    }
}
