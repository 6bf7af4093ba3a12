/// Calls: macros, `caller()`, `super()`, `loop.cycle()`, recursive `loop()`, built-in
/// functions and the methods of dicts and strings that Jinja templates use.
extension Renderer {
    func call(_ callee: Expression, _ arguments: Arguments, offset: Int, caller: MacroClosure?) throws -> TemplateValue {
        if case .name("super", _) = callee, lookup("super", offset: offset).isUndefined {
            return try callSuper(offset: offset)
        }
        let function = try evaluate(callee)
        let positional = try arguments.positional.map(evaluate)
        let keyword = try arguments.keyword.map { ($0.name, try evaluate($0.value)) }
        do {
            return try call(function, positional, keyword, offset: offset, caller: caller, calleePath: callee.path)
        } catch let failure as RenderFailure {
            throw failure.at(offset)
        }
    }

    func call(_ function: TemplateValue, _ positional: [TemplateValue], _ keyword: [(String, TemplateValue)], offset: Int, caller: MacroClosure?, calleePath: String) throws -> TemplateValue {
        guard case let .native(native) = function else {
            if case let .undefined(undefined) = function { throw RenderFailure.undefined(undefined) }
            throw RenderFailure.type("“\(calleePath)”不能调用", "'\(calleePath)' (\(function.kindName)) is not callable")
        }
        switch native.kind {
        case let .macro(closure):
            return try callMacro(closure, positional, keyword, caller: caller, offset: offset)
        case let .cycler(state):
            guard !positional.isEmpty else { throw RenderFailure.type("cycle() 至少需要一个参数", "no items for cycling given") }
            return positional[state.index0 % positional.count]
        case let .changed(state):
            if let last = state.lastChanged, last.count == positional.count, zip(last, positional).allSatisfy({ $0.pythonEquals($1) }) {
                return .bool(false)
            }
            state.lastChanged = positional
            return .bool(true)
        case let .loop(state):
            guard let definition = state.definition, let template = state.template, positional.count == 1 else {
                throw RenderFailure.type("只有 recursive 循环可以调用 loop()", "loop() can only be called in a recursive loop")
            }
            try enterLevel(offset: offset)
            let text = try capture { try run(in: template) { try execute(definition, iterable: positional[0], depth: state.depth + 1) } }
            depth -= 1
            return template.autoescape ? .markup(text) : .string(text)
        case let .function(builtin):
            return try BuiltinFunctions.call(builtin, positional, keyword, outputLimit: options.outputLimit)
        case let .boundMethod(base, name):
            return try Methods.call(name, on: base, positional, keyword: keyword, limit: options.outputLimit)
        case .namespace:
            throw RenderFailure.type("namespace 对象不能调用", "namespace object is not callable")
        }
    }

    func callMacro(_ closure: MacroClosure, _ positional: [TemplateValue], _ keyword: [(String, TemplateValue)], caller: MacroClosure?, offset: Int) throws -> TemplateValue {
        let definition = closure.definition
        guard positional.count <= definition.parameters.count else {
            throw RenderFailure.type(
                "宏“\(definition.name)”最多接受 \(definition.parameters.count) 个参数",
                "macro '\(definition.name)' takes not more than \(definition.parameters.count) argument(s)")
        }
        for (name, _) in keyword where !definition.parameters.contains(where: { $0.name == name }) {
            throw RenderFailure.type("宏“\(definition.name)”没有参数“\(name)”", "macro '\(definition.name)' has no argument '\(name)'")
        }
        try enterLevel(offset: offset)
        let savedScope = scope
        let savedData = data
        if let captured = closure.capturedScope {
            scope = captured
        } else {
            scope = closure.moduleRoot ?? scope.rootFrame
            if !closure.enclosing.isEmpty {
                scope.push()
                for (name, value) in closure.enclosing { scope.set(name, value) }
            }
        }
        if closure.hidesData { data = TemplateObject() }
        scope.push()
        if let caller { scope.set("caller", .native(NativeValue(kind: .macro(caller)))) }
        let text = try run(in: closure.template) { () throws -> String in
            for (index, parameter) in definition.parameters.enumerated() {
                let value: TemplateValue
                if index < positional.count {
                    value = positional[index]
                } else if let given = keyword.first(where: { $0.0 == parameter.name }) {
                    value = given.1
                } else if let defaultValue = parameter.defaultValue {
                    value = try evaluate(defaultValue)
                } else {
                    value = .undefined(UndefinedValue(path: parameter.name, siblings: [], offset: definition.offset))
                }
                scope.set(parameter.name, value)
            }
            return try capture { try execute(definition.body) }
        }
        scope = savedScope
        data = savedData
        depth -= 1
        return closure.template.autoescape ? .markup(text) : .string(text)
    }

    func callSuper(offset: Int) throws -> TemplateValue {
        guard let active = activeBlocks.last else {
            throw RenderFailure(zh: "super() 只能在块中使用", en: "super() is only available inside a block", offset: offset)
        }
        let layers = blockLayers[active.name] ?? []
        guard active.layer + 1 < layers.count else {
            throw RenderFailure(zh: "块“\(active.name)”没有上一级可以 super()", en: "block '\(active.name)' has no parent block for super()", offset: offset)
        }
        let text = try capture { try renderBlock(active.name, layer: active.layer + 1, offset: offset) }
        return autoescape ? .markup(text) : .string(text)
    }
}
