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
    private mutating func parseNested(_ body: (inout Parser) throws(RenderFailure) -> Expression) throws(RenderFailure) -> Expression {
        depth += 1
        defer { depth -= 1 }
        guard depth < Self.maximumNesting else {
            throw RenderFailure(zh: "表达式嵌套过深", en: "expression nested too deeply", offset: current.offset)
        }
        return try body(&self)
    }

    mutating func parsePrimary() throws(RenderFailure) -> Expression {
        let token = current
        switch token.kind {
        case let .name(name):
            _ = advance()
            switch name {
            case "true", "True": return .literal(.bool(true))
            case "false", "False": return .literal(.bool(false))
            case "none", "None": return .literal(.none)
            default: return .name(name, offset: token.offset)
            }
        case var .string(text):
            _ = advance()
            while case let .string(more) = current.kind {
                text += more
                _ = advance()
            }
            return .literal(.string(text))
        case let .integer(number):
            _ = advance()
            return .literal(.int(number))
        case let .float(number):
            _ = advance()
            return .literal(.double(number))
        case .symbol("("):
            _ = advance()
            if skipSymbol(")") { return .list([]) }
            let inner = try parseNested { (parser) throws(RenderFailure) in try parser.parseTuple() }
            try expectSymbol(")")
            return inner
        case .symbol("["):
            _ = advance()
            var items: [Expression] = []
            while !isSymbol("]") {
                if !items.isEmpty { try expectSymbol(",") }
                if isSymbol("]") { break }
                items.append(try parseNested { (parser) throws(RenderFailure) in try parser.parseExpression() })
            }
            try expectSymbol("]")
            return .list(items)
        case .symbol("{"):
            _ = advance()
            var pairs: [(key: Expression, value: Expression)] = []
            while !isSymbol("}") {
                if !pairs.isEmpty { try expectSymbol(",") }
                if isSymbol("}") { break }
                let key = try parseNested { (parser) throws(RenderFailure) in try parser.parseExpression() }
                try expectSymbol(":")
                pairs.append((key, try parseExpression()))
            }
            try expectSymbol("}")
            return .dictionary(pairs)
        default:
            throw unexpected(expected: "an expression")
        }
    }

    mutating func parsePostfix(_ start: Expression) throws(RenderFailure) -> Expression {
        var node = start
        var length = 0
        while true {
            try checkChain(&length)
            let offset = current.offset
            if skipSymbol(".") {
                switch current.kind {
                case let .name(name):
                    _ = advance()
                    node = .attribute(node, name, offset: offset)
                case let .integer(number):
                    _ = advance()
                    node = .item(node, .literal(.int(number)), offset: offset)
                default:
                    throw unexpected(expected: "an attribute name")
                }
            } else if skipSymbol("[") {
                node = try parseSubscript(node, offset: offset)
            } else if isSymbol("(") {
                node = .call(node, try parseCallArguments(), offset: offset)
            } else {
                return node
            }
        }
    }

    private mutating func parseSubscript(_ node: Expression, offset: Int) throws(RenderFailure) -> Expression {
        var parts: [Expression?] = []
        var current: Expression?
        var sawColon = false
        while !isSymbol("]") {
            if skipSymbol(":") {
                parts.append(current)
                current = nil
                sawColon = true
                continue
            }
            guard current == nil else { throw unexpected(expected: "']'") }
            current = try parseExpression()
        }
        _ = advance()
        parts.append(current)
        if !sawColon {
            guard let index = parts[0] else { throw unexpected(expected: "an expression") }
            return .item(node, index, offset: offset)
        }
        guard parts.count <= 3 else {
            throw RenderFailure(zh: "切片最多有三个部分", en: "a slice has at most three parts", offset: offset)
        }
        return .slice(node, start: parts[0], stop: parts.count > 1 ? parts[1] : nil, step: parts.count > 2 ? parts[2] : nil, offset: offset)
    }

    mutating func parseCallArguments() throws(RenderFailure) -> Arguments {
        try expectSymbol("(")
        var arguments = Arguments()
        var first = true
        while !isSymbol(")") {
            if !first { try expectSymbol(",") }
            first = false
            if isSymbol(")") { break }
            if case let .name(name) = current.kind, case .symbol("=") = peek().kind {
                _ = advance(); _ = advance()
                arguments.keyword.append((name, try parseExpression()))
            } else {
                guard arguments.keyword.isEmpty else {
                    throw RenderFailure(zh: "位置参数不能写在关键字参数之后", en: "positional argument follows keyword argument", offset: self.current.offset)
                }
                arguments.positional.append(try parseExpression())
            }
        }
        try expectSymbol(")")
        return arguments
    }

    mutating func parseFilterExpression(_ start: Expression) throws(RenderFailure) -> Expression {
        var node = start
        var length = 0
        while true {
            try checkChain(&length)
            if isSymbol("|") {
                for filter in try parseFilterChain(leadingPipe: true, single: true) { node = .filter(node, filter) }
            } else if isName("is") {
                _ = advance()
                node = .test(node, try parseTest())
            } else if isSymbol("(") {
                let offset = current.offset
                node = .call(node, try parseCallArguments(), offset: offset)
            } else {
                return node
            }
        }
    }

    /// `name(args)|name2` as in `{% filter %}`, or `|name(args)` after an expression.
    mutating func parseFilterChain(leadingPipe: Bool = false, single: Bool = false) throws(RenderFailure) -> [FilterCall] {
        var filters: [FilterCall] = []
        var needPipe = leadingPipe
        repeat {
            if needPipe { try expectSymbol("|") }
            needPipe = true
            let (name, offset) = try expectName()
            guard let function = FilterRegistry.filters[name] else {
                var failure = RenderFailure(zh: "未知的过滤器“\(name)”", en: "unknown filter '\(name)'", offset: offset)
                failure.length = name.count
                if let suggestion = EditDistance.closest(to: name, among: FilterRegistry.filters.keys.sorted()) {
                    failure.notes = [LocalizedText(zh: "您是否想用“\(suggestion)”？", en: "did you mean '\(suggestion)'?")]
                }
                throw failure
            }
            let arguments = isSymbol("(") ? try parseCallArguments() : Arguments()
            filters.append(FilterCall(name: name, function: function, arguments: arguments, offset: offset))
        } while !single && isSymbol("|")
        return filters
    }

    private mutating func parseTest() throws(RenderFailure) -> TestCall {
        let negated = skipName("not")
        let (name, offset) = try expectName()
        guard let function = TestRegistry.tests[name] else {
            var failure = RenderFailure(zh: "未知的测试“\(name)”", en: "unknown test '\(name)'", offset: offset)
            failure.length = name.count
            if let suggestion = EditDistance.closest(to: name, among: TestRegistry.tests.keys.sorted()) {
                failure.notes = [LocalizedText(zh: "您是否想用“\(suggestion)”？", en: "did you mean '\(suggestion)'?")]
            }
            throw failure
        }
        var arguments = Arguments()
        if isSymbol("(") {
            arguments = try parseCallArguments()
        } else {
            switch current.kind {
            case .name("else"), .name("or"), .name("and"): break
            case .name, .string, .integer, .float, .symbol("["), .symbol("{"):
                var argument = try parsePrimary()
                argument = try parsePostfix(argument)
                arguments.positional = [argument]
            default: break
            }
        }
        return TestCall(name: name, function: function, arguments: arguments, negated: negated, offset: offset)
    }
}
