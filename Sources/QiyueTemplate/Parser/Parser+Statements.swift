import QiyueCore

/// Statements: `if`, `for`, `set`, `include`, `import`, `from`, `extends`, `block`, `macro`, `call`,
/// `filter`, `with`, and the loop controls `break` and `continue`.
extension Parser {
    static let statementNames = ["if", "for", "set", "include", "import", "from", "extends", "block", "macro", "call", "filter", "with", "raw", "break", "continue"]

    /// Parses nodes until one of `endTags` starts a block tag; returns the nodes and that tag.
    mutating func parseBody(until endTags: Set<String>) throws(RenderFailure) -> ([Node], String?) {
        var nodes: [Node] = []
        while true {
            let token = current
            switch token.kind {
            case let .text(text):
                _ = advance()
                nodes.append(.text(Array(text.utf8)))
            case .variableBegin:
                _ = advance()
                let expression = try parseTuple()
                guard current.kind == .variableEnd else { throw unexpected(expected: "'}}'") }
                _ = advance()
                nodes.append(.output(expression, offset: token.offset))
            case .blockBegin:
                _ = advance()
                guard case let .name(tag) = current.kind else { throw unexpected(expected: "a name") }
                if endTags.contains(tag) {
                    _ = advance()
                    return (nodes, tag)
                }
                nodes.append(contentsOf: try parseStatement(tag, openedAt: token.offset))
            case .end:
                if let open = openBlocks.last {
                    let line = source.line(ofOffset: open.offset)
                    let wanted = endTags.sorted().map { "“\($0)”" }.joined(separator: "或")
                    let wantedEnglish = endTags.sorted().map { "'\($0)'" }.joined(separator: " or ")
                    var failure = RenderFailure(
                        zh: "第 \(line) 行打开的“\(open.name)”块没有结束，缺少 \(wanted)",
                        en: "unclosed '\(open.name)' block opened on line \(line); expected \(wantedEnglish)",
                        offset: open.offset)
                    failure.length = 2
                    throw failure
                }
                return (nodes, nil)
            default:
                throw unexpected(expected: "text or a tag")
            }
        }
    }

    private mutating func parseStatement(_ tag: String, openedAt offset: Int) throws(RenderFailure) -> [Node] {
        _ = advance()
        switch tag {
        case "if": return [try parseIf(offset)]
        case "for": return [try parseFor(offset)]
        case "set": return [try parseSet(offset)]
        case "include": return [try parseInclude(offset)]
        case "extends":
            guard extends == nil else {
                throw RenderFailure(zh: "一个模板只能有一个 extends", en: "a template can extend only one template", offset: offset)
            }
            extends = (try parseExpression(), offset)
            try expectBlockEnd()
            return []
        case "block": return [try parseBlock(offset)]
        case "macro":
            let definition = try parseMacroDefinition(offset)
            return [.macro(definition)]
        case "call": return [try parseCallBlock(offset)]
        case "filter":
            let filters = try parseFilterChain()
            try expectBlockEnd()
            let body = try parseOutsideLoop { (parser: inout Parser) throws(RenderFailure) in try parser.parseEnclosed("filter", offset, ends: ["endfilter"]) }
            try expectBlockEnd()
            return [.filterBlock(filters, body: body.nodes)]
        case "with": return [try parseWith(offset)]
        case "break", "continue":
            guard inLoopBody else {
                var failure = RenderFailure(zh: "“\(tag)”只能用在 for 循环体中", en: "'\(tag)' outside of a loop", offset: tokens[index - 1].offset)
                failure.length = tag.count
                throw failure
            }
            try expectBlockEnd()
            return [.loopControl(isBreak: tag == "break")]
        case "import", "from": return [try parseImport(from: tag == "from", offset)]
        default:
            let known = Self.statementNames + ["endif", "endfor", "endset", "endblock", "endmacro", "endcall", "endfilter", "endwith", "else", "elif"]
            var failure = RenderFailure(zh: "未知的标签“\(tag)”", en: "unknown tag '\(tag)'", offset: tokens[index - 1].offset)
            failure.length = tag.count
            if openBlocks.isEmpty, tag.hasPrefix("end") || tag == "else" || tag == "elif" {
                failure.message = LocalizedText(zh: "多余的“\(tag)”：没有与之对应的开始标签", en: "unexpected '\(tag)': no block is open")
            } else if let open = openBlocks.last, tag.hasPrefix("end") || tag == "else" || tag == "elif" {
                let line = source.line(ofOffset: open.offset)
                failure.message = LocalizedText(
                    zh: "此处不应出现“\(tag)”：第 \(line) 行打开的“\(open.name)”块尚未结束",
                    en: "unexpected '\(tag)': the innermost open block is '\(open.name)' opened on line \(line)")
            } else if let suggestion = EditDistance.closest(to: tag, among: known) {
                failure.notes = [LocalizedText(zh: "您是否想写“\(suggestion)”？", en: "did you mean '\(suggestion)'?")]
            }
            throw failure
        }
    }

    /// Runs `parse` with loop controls not allowed: a macro, `call`, `set` or `filter` body
    /// is rendered apart from the loop around it, so `break` there would have no loop to end.
    private mutating func parseOutsideLoop<T>(_ parse: (inout Parser) throws(RenderFailure) -> T) throws(RenderFailure) -> T {
        let outer = inLoopBody
        inLoopBody = false
        defer { inLoopBody = outer }
        return try parse(&self)
    }

    /// `import NAME as alias [with context]` or `from NAME import a, b as c [with context]`.
    private mutating func parseImport(from: Bool, _ offset: Int) throws(RenderFailure) -> Node {
        let template = try parseExpression()
        var alias: String?
        var names: [(name: String, alias: String)] = []
        if from {
            guard skipName("import") else { throw unexpected(expected: "'import'") }
            repeat {
                if isName("with") || isName("without"), case .name("context") = peek().kind { break }
                let (name, _) = try expectName()
                var bound = name
                if skipName("as") { bound = try expectName().0 }
                names.append((name, bound))
            } while skipSymbol(",")
        } else {
            guard skipName("as") else { throw unexpected(expected: "'as'") }
            alias = try expectName().0
        }
        var withContext = false
        if isName("with") || isName("without"), case .name("context") = peek().kind {
            withContext = isName("with")
            _ = advance(); _ = advance()
        }
        try expectBlockEnd()
        return .importTemplate(ImportStatement(template: template, alias: alias, names: names, withContext: withContext, offset: offset))
    }

    /// Parses a body up to one of `ends`, tracking it as an open block for error messages.
    private mutating func parseEnclosed(_ name: String, _ offset: Int, ends: Set<String>) throws(RenderFailure) -> (nodes: [Node], end: String) {
        guard openBlocks.count < Self.maximumNesting else {
            throw RenderFailure(zh: "语句嵌套过深（超过 \(Self.maximumNesting) 层）", en: "statements nested too deeply (more than \(Self.maximumNesting) levels)", offset: offset)
        }
        openBlocks.append((name, offset))
        let (nodes, end) = try parseBody(until: ends)
        openBlocks.removeLast()
        return (nodes, end ?? "")
    }

    private mutating func parseIf(_ offset: Int) throws(RenderFailure) -> Node {
        var branches: [(condition: Expression, body: [Node])] = []
        var condition = try parseTuple()
        try expectBlockEnd()
        while true {
            let (body, end) = try parseEnclosed("if", offset, ends: ["elif", "else", "endif"])
            branches.append((condition, body))
            switch end {
            case "elif":
                condition = try parseTuple()
                try expectBlockEnd()
            case "else":
                try expectBlockEnd()
                let (otherwise, _) = try parseEnclosed("if", offset, ends: ["endif"])
                try expectBlockEnd()
                return .conditional(branches, otherwise: otherwise)
            default:
                try expectBlockEnd()
                return .conditional(branches, otherwise: [])
            }
        }
    }

    private mutating func parseFor(_ offset: Int) throws(RenderFailure) -> Node {
        let target = try parseAssignTarget(allowAttribute: false)
        guard skipName("in") else { throw unexpected(expected: "'in'") }
        let iterable = try parseTuple(allowConditional: false)
        var condition: Expression?
        if skipName("if") { condition = try parseExpression() }
        let recursive = skipName("recursive")
        try expectBlockEnd()
        let outerInLoop = inLoopBody
        inLoopBody = true
        let (body, end) = try parseEnclosed("for", offset, ends: ["else", "endfor"])
        inLoopBody = outerInLoop
        var otherwise: [Node] = []
        try expectBlockEnd()
        if end == "else" {
            otherwise = try parseEnclosed("for", offset, ends: ["endfor"]).nodes
            try expectBlockEnd()
        }
        return .forLoop(ForLoop(target: target, iterable: iterable, condition: condition, body: body, otherwise: otherwise, recursive: recursive, offset: offset))
    }

    private mutating func parseSet(_ offset: Int) throws(RenderFailure) -> Node {
        let target = try parseAssignTarget(allowAttribute: true)
        if skipSymbol("=") {
            let value = try parseTuple()
            try expectBlockEnd()
            return .assign(target, value)
        }
        var filters: [FilterCall] = []
        if isSymbol("|") { filters = try parseFilterChain(leadingPipe: true) }
        try expectBlockEnd()
        let (body, _) = try parseOutsideLoop { (parser: inout Parser) throws(RenderFailure) in try parser.parseEnclosed("set", offset, ends: ["endset"]) }
        try expectBlockEnd()
        return .assignBlock(target, body: body, filters: filters)
    }

    private mutating func parseInclude(_ offset: Int) throws(RenderFailure) -> Node {
        let name = try parseExpression()
        var ignoreMissing = false
        if isName("ignore"), case .name("missing") = peek().kind {
            _ = advance(); _ = advance()
            ignoreMissing = true
        }
        var withContext = true
        if isName("with") || isName("without"), case .name("context") = peek().kind {
            withContext = isName("with")
            _ = advance(); _ = advance()
        }
        try expectBlockEnd()
        return .include(name, ignoreMissing: ignoreMissing, withContext: withContext, offset: offset)
    }

    private mutating func parseBlock(_ offset: Int) throws(RenderFailure) -> Node {
        let (name, nameOffset) = try expectName()
        _ = skipName("scoped")
        _ = skipName("required")
        try expectBlockEnd()
        guard blocks[name] == nil else {
            throw RenderFailure(zh: "块“\(name)”重复定义", en: "block '\(name)' defined twice", offset: nameOffset)
        }
        blocks[name] = []
        let (body, _) = try parseEnclosed("block", offset, ends: ["endblock"])
        if case let .name(endName) = current.kind {
            guard endName == name else { throw unexpected(expected: "'\(name)'") }
            _ = advance()
        }
        try expectBlockEnd()
        blocks[name] = body
        return .block(name, offset: offset)
    }

    private mutating func parseParameters() throws(RenderFailure) -> [(name: String, defaultValue: Expression?)] {
        var parameters: [(name: String, defaultValue: Expression?)] = []
        try expectSymbol("(")
        while !isSymbol(")") {
            if !parameters.isEmpty { try expectSymbol(",") }
            if isSymbol(")") { break }
            let (name, _) = try expectName()
            var defaultValue: Expression?
            if skipSymbol("=") { defaultValue = try parseExpression() }
            parameters.append((name, defaultValue))
        }
        try expectSymbol(")")
        return parameters
    }

    private mutating func parseMacroDefinition(_ offset: Int) throws(RenderFailure) -> MacroDefinition {
        let (name, _) = try expectName()
        let parameters = try parseParameters()
        try expectBlockEnd()
        let (body, _) = try parseOutsideLoop { (parser: inout Parser) throws(RenderFailure) in try parser.parseEnclosed("macro", offset, ends: ["endmacro"]) }
        if case .name = current.kind { _ = advance() }
        try expectBlockEnd()
        return MacroDefinition(name: name, parameters: parameters, body: body, offset: offset)
    }

    private mutating func parseCallBlock(_ offset: Int) throws(RenderFailure) -> Node {
        var parameters: [(name: String, defaultValue: Expression?)] = []
        if isSymbol("(") { parameters = try parseParameters() }
        let call = try parseExpression()
        guard case .call = call else {
            throw RenderFailure(zh: "call 块需要一个宏调用", en: "a call block needs a macro call", offset: offset)
        }
        try expectBlockEnd()
        let (body, _) = try parseOutsideLoop { (parser: inout Parser) throws(RenderFailure) in try parser.parseEnclosed("call", offset, ends: ["endcall"]) }
        try expectBlockEnd()
        let caller = MacroDefinition(name: "caller", parameters: parameters, body: body, offset: offset)
        return .callBlock(CallBlock(call: call, caller: caller))
    }

    private mutating func parseWith(_ offset: Int) throws(RenderFailure) -> Node {
        var assignments: [(target: AssignTarget, value: Expression)] = []
        while current.kind != .blockEnd {
            if !assignments.isEmpty { try expectSymbol(",") }
            let target = try parseAssignTarget(allowAttribute: false)
            try expectSymbol("=")
            assignments.append((target, try parseExpression()))
        }
        try expectBlockEnd()
        let (body, _) = try parseEnclosed("with", offset, ends: ["endwith"])
        try expectBlockEnd()
        return .with(assignments, body: body)
    }

    /// `name`, `ns.attribute`, or `a, b` / `(a, b)` for unpacking.
    mutating func parseAssignTarget(allowAttribute: Bool) throws(RenderFailure) -> AssignTarget {
        let start = current.offset
        var targets: [AssignTarget] = []
        var parenthesized = false
        if skipSymbol("(") { parenthesized = true }
        repeat {
            if parenthesized, isSymbol(")") { break }
            let (name, nameOffset) = try expectName()
            if allowAttribute, skipSymbol(".") {
                let (attribute, _) = try expectName()
                targets.append(.attribute(name, attribute, offset: nameOffset))
            } else {
                targets.append(.name(name))
            }
        } while skipSymbol(",")
        if parenthesized { try expectSymbol(")") }
        if targets.count == 1, !parenthesized { return targets[0] }
        return .tuple(targets, offset: start)
    }
}
