import QiyueCore

/// Expressions, by Jinja2's precedence from loosest to tightest:
/// `x if c else y`, `or`, `and`, `not`, comparisons and `in`, `+ -`, `~`, `* / // %`,
/// `**`, unary `- +`, then primaries with `.attr`, `[item]`, calls, `|filter` and `is test`.
extension Parser {
    /// An expression or a bare tuple `a, b` (printed as a list).
    mutating func parseTuple(allowConditional: Bool = true) throws(RenderFailure) -> Expression {
        let first = allowConditional ? try parseExpression() : try parseOr()
        guard isSymbol(",") else { return first }
        var items = [first]
        while skipSymbol(",") {
            if current.kind == .blockEnd || current.kind == .variableEnd || isName("in") || isSymbol("=") { break }
            items.append(allowConditional ? try parseExpression() : try parseOr())
        }
        return .list(items)
    }

    mutating func parseExpression() throws(RenderFailure) -> Expression {
        depth += 1
        defer { depth -= 1 }
        guard depth < Self.maximumNesting else {
            throw RenderFailure(zh: "表达式嵌套过深", en: "expression nested too deeply", offset: current.offset)
        }
        let value = try parseOr()
        guard skipName("if") else { return value }
        let condition = try parseOr()
        var otherwise: Expression?
        if skipName("else") { otherwise = try parseExpression() }
        return .conditional(condition: condition, then: value, otherwise: otherwise)
    }

    /// Bounds chains such as `a.b.c…` or `x|f|g…`: each link nests the tree one level deeper,
    /// and rendering walks it recursively.
    func checkChain(_ length: inout Int) throws(RenderFailure) {
        length += 1
        guard length <= 500 else {
            throw RenderFailure(zh: "表达式过长（连续运算或过滤器超过 500 个）", en: "expression too long (more than 500 chained operations)", offset: current.offset)
        }
    }

    mutating func parseOr() throws(RenderFailure) -> Expression {
        var left = try parseAnd()
        var length = 0
        while skipName("or") { try checkChain(&length); left = .or(left, try parseAnd()) }
        return left
    }

    mutating func parseAnd() throws(RenderFailure) -> Expression {
        var left = try parseNot()
        var length = 0
        while skipName("and") { try checkChain(&length); left = .and(left, try parseNot()) }
        return left
    }

    mutating func parseNot() throws(RenderFailure) -> Expression {
        if skipName("not") {
            depth += 1
            defer { depth -= 1 }
            guard depth < Self.maximumNesting else {
                throw RenderFailure(zh: "表达式嵌套过深", en: "expression nested too deeply", offset: current.offset)
            }
            return .not(try parseNot())
        }
        return try parseCompare()
    }

    mutating func parseCompare() throws(RenderFailure) -> Expression {
        let left = try parseMath1()
        var operations: [(op: ComparisonOperator, operand: Expression, offset: Int)] = []
        while true {
            let offset = current.offset
            if case let .symbol(symbol) = current.kind, let op = ComparisonOperator(rawValue: symbol), op != .in, op != .notIn {
                _ = advance()
                operations.append((op, try parseMath1(), offset))
            } else if skipName("in") {
                operations.append((.in, try parseMath1(), offset))
            } else if isName("not"), case .name("in") = peek().kind {
                _ = advance(); _ = advance()
                operations.append((.notIn, try parseMath1(), offset))
            } else {
                break
            }
        }
        return operations.isEmpty ? left : .compare(left, operations)
    }

    mutating func parseMath1() throws(RenderFailure) -> Expression {
        var left = try parseConcat()
        var length = 0
        while true {
            try checkChain(&length)
            let offset = current.offset
            if skipSymbol("+") {
                left = .binary(.add, left, try parseConcat(), offset: offset)
            } else if skipSymbol("-") {
                left = .binary(.subtract, left, try parseConcat(), offset: offset)
            } else {
                return left
            }
        }
    }

    mutating func parseConcat() throws(RenderFailure) -> Expression {
        let offset = current.offset
        var parts = [try parseMath2()]
        while skipSymbol("~") { parts.append(try parseMath2()) }
        return parts.count == 1 ? parts[0] : .concat(parts, offset: offset)
    }

    mutating func parseMath2() throws(RenderFailure) -> Expression {
        var left = try parsePower()
        var length = 0
        while true {
            try checkChain(&length)
            let offset = current.offset
            guard case let .symbol(symbol) = current.kind, ["*", "/", "//", "%"].contains(symbol),
                  let op = BinaryOperator(rawValue: symbol) else { return left }
            _ = advance()
            left = .binary(op, left, try parsePower(), offset: offset)
        }
    }

    mutating func parsePower() throws(RenderFailure) -> Expression {
        var left = try parseUnary()
        var length = 0
        while isSymbol("**") {
            try checkChain(&length)
            let offset = advance().offset
            left = .binary(.power, left, try parseUnary(), offset: offset)
        }
        return left
    }

    mutating func parseUnary(withFilters: Bool = true) throws(RenderFailure) -> Expression {
        let offset = current.offset
        var node: Expression
        if skipSymbol("-") {
            node = .negate(try parseNested { (parser) throws(RenderFailure) in try parser.parseUnary(withFilters: false) }, offset: offset)
        } else if skipSymbol("+") {
            node = .plus(try parseNested { (parser) throws(RenderFailure) in try parser.parseUnary(withFilters: false) }, offset: offset)
        } else {
            node = try parsePrimary()
        }
        node = try parsePostfix(node)
        if withFilters { node = try parseFilterExpression(node) }
        return node
    }

    /// Runs a nested parse with the nesting bound checked.
    mutating func parseNested(_ body: (inout Parser) throws(RenderFailure) -> Expression) throws(RenderFailure) -> Expression {
        depth += 1
        defer { depth -= 1 }
        guard depth < Self.maximumNesting else {
            throw RenderFailure(zh: "表达式嵌套过深", en: "expression nested too deeply", offset: current.offset)
        }
        return try body(&self)
    }
}
