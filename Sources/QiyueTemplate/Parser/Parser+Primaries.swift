import QiyueCore

/// Primaries and what follows them: literals, names, brackets, `.attr`, `[item]`, calls,
/// `|filter` (resolved against the filter table here) and `is test`.
extension Parser {
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
