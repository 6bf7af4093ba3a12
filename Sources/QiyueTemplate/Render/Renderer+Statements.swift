/// Executing statements: output, conditionals, loops, assignments, includes, blocks, macros.
extension Renderer {
    func execute(_ nodes: [Node]) throws {
        for node in nodes { try execute(node) }
    }

    func execute(_ node: Node) throws {
        switch node {
        case let .text(bytes):
            try write(bytes)
        case let .output(expression, _):
            try write(try text(of: try evaluate(expression)))
        case let .conditional(branches, otherwise):
            for branch in branches where try evaluate(branch.condition).truthy() {
                try execute(branch.body)
                return
            }
            try execute(otherwise)
        case let .forLoop(loop):
            try execute(loop, iterable: try evaluate(loop.iterable), depth: 1)
        case let .assign(target, expression):
            do { try assignChecked(target, try evaluate(expression)) } catch let failure as RenderFailure { throw failure.at(expression.startOffset) }
        case let .assignBlock(target, body, filters):
            var value = try capturedValue(body)
            for filter in filters { value = try apply(filter, to: value, input: nil) }
            try assignChecked(target, value)
        case let .include(expression, ignoreMissing, withContext, offset):
            try include(expression, ignoreMissing: ignoreMissing, withContext: withContext, offset: offset)
        case let .block(name, offset):
            try renderBlock(name, layer: 0, offset: offset)
        case let .macro(definition):
            scope.set(definition.name, .native(NativeValue(kind: .macro(
                MacroClosure(definition: definition, template: currentTemplate, capturedScope: nil, enclosing: scope.bindingsAboveRoot)))))
        case let .callBlock(block):
            let caller = MacroClosure(definition: block.caller, template: currentTemplate, capturedScope: scope)
            guard case let .call(callee, arguments, offset) = block.call else { return }
            let result = try call(callee, arguments, offset: offset, caller: caller)
            try write(try text(of: result))
        case let .filterBlock(filters, body):
            var value = try capturedValue(body)
            for filter in filters { value = try apply(filter, to: value, input: nil) }
            try write(try text(of: value))
        case let .with(assignments, body):
            scope.push()
            for (target, expression) in assignments { try assignChecked(target, try evaluate(expression)) }
            try execute(body)
            scope.pop()
        case let .loopControl(isBreak):
            throw isBreak ? LoopControl.break : LoopControl.continue
        case let .importTemplate(statement):
            try importTemplate(statement)
        }
    }

    /// The text `{{ value }}` prints: `str(value)`, escaped for the template's content type unless markup.
    func text(of value: TemplateValue) throws -> String {
        switch value {
        case let .string(text):
            return autoescape ? escaping.escape(text, atLineStart: escaping == .markdown && outputAtLineStart) : text
        case let .markup(text):
            return text
        case let .undefined(undefined):
            if undefined.lenient { return "" }
            throw RenderFailure.undefined(undefined)
        default:
            let text = PythonText.str(value) ?? ""
            return autoescape ? escaping.escape(text, atLineStart: escaping == .markdown && outputAtLineStart) : text
        }
    }

    /// The output of a body as a value: markup when autoescaping (it is already escaped).
    func capturedValue(_ body: [Node]) throws -> TemplateValue {
        let text = try capture { try execute(body) }
        return autoescape ? .markup(text) : .string(text)
    }

    func execute(_ loop: ForLoop, iterable: TemplateValue, depth loopDepth: Int) throws {
        var items = try ValueAccess.elements(of: iterable)
        scope.push()
        if let condition = loop.condition {
            var kept: [TemplateValue] = []
            for item in items {
                try assign(loop.target, item)
                if try evaluate(condition).truthy() { kept.append(item) }
            }
            items = kept
        }
        if items.isEmpty {
            scope.pop()
            try execute(loop.otherwise)
            return
        }
        let state = LoopState(items: items, depth: loopDepth, definition: loop.recursive ? loop : nil, template: currentTemplate)
        scope.set("loop", .native(NativeValue(kind: .loop(state))))
        // As in Jinja2, `else` also runs when no iteration reached the end of the body.
        var completed = false
        iterating: for (index, item) in items.enumerated() {
            try spend(1, offset: loop.offset)
            iterations += 1
            if iterations > options.maximumLoopIterations {
                throw RenderFailure(
                    zh: "循环次数超过上限 \(options.maximumLoopIterations)", en: "more than \(options.maximumLoopIterations) loop iterations",
                    offset: loop.offset)
            }
            state.index0 = index
            try assign(loop.target, item)
            // Each iteration is a scope of its own: a `set` in the body lasts until the iteration ends.
            scope.push()
            do {
                try execute(loop.body)
                completed = true
            } catch let control as LoopControl {
                scope.pop()
                if control == .break { break iterating }
                continue iterating
            }
            scope.pop()
        }
        scope.pop()
        if !completed { try execute(loop.otherwise) }
    }

    /// `set` and `with`: refuses values nested so deep that a loop must have built them by
    /// wrapping a value in itself, before they can exhaust the stack.
    func assignChecked(_ target: AssignTarget, _ value: TemplateValue) throws {
        if value.nestsDeeper(than: TemplateValue.maximumNesting) {
            throw RenderFailure(
                zh: "赋值的数据嵌套超过 \(TemplateValue.maximumNesting) 层", en: "assigned value nests deeper than \(TemplateValue.maximumNesting) levels")
        }
        try assign(target, value)
    }

    func assign(_ target: AssignTarget, _ value: TemplateValue) throws {
        switch target {
        case let .name(name):
            scope.set(name, value)
        case let .tuple(targets, offset):
            let elements = try ValueAccess.elements(of: value)
            guard elements.count == targets.count else {
                throw RenderFailure(
                    zh: "解包需要 \(targets.count) 个值，实际有 \(elements.count) 个",
                    en: elements.count > targets.count ? "too many values to unpack (expected \(targets.count))" : "not enough values to unpack (expected \(targets.count), got \(elements.count))",
                    offset: offset)
            }
            for (part, element) in zip(targets, elements) { try assign(part, element) }
        case let .attribute(name, attribute, offset):
            guard case let .native(native) = lookup(name, offset: offset), case let .namespace(box) = native.kind else {
                throw RenderFailure(
                    zh: "只能给 namespace() 对象的属性赋值，“\(name)”不是", en: "cannot assign attribute on non-namespace object '\(name)'",
                    offset: offset)
            }
            box.attributes[attribute] = value
        }
    }

    func include(_ expression: Expression, ignoreMissing: Bool, withContext: Bool, offset: Int) throws {
        let nameValue = try evaluate(expression)
        var names: [String] = []
        switch nameValue {
        case let .string(name), let .markup(name): names = [name]
        case let .array(items): names = items.compactMap(\.stringContent)
        case let .undefined(undefined): throw RenderFailure.undefined(undefined)
        default: throw RenderFailure(zh: "include 需要模板名称字符串", en: "include needs a template name", offset: offset)
        }
        var template: CompiledTemplate?
        var missing: RenderFailure?
        for name in names {
            do {
                template = try environment.compiled(named: name, offset: offset)
                break
            } catch let failure as RenderFailure where failure.isMissingTemplate {
                missing = failure
            }
        }
        guard let template else {
            if ignoreMissing { return }
            throw missing ?? RenderFailure(zh: "include 没有给出模板", en: "include names no template", offset: offset)
        }
        if templates.contains(where: { $0 === template }) {
            let chain = (templates.map(\.source.name) + [template.source.name]).joined(separator: " → ")
            throw RenderFailure(zh: "include 出现循环：\(chain)", en: "include cycle: \(chain)", offset: offset)
        }
        try enterLevel(offset: offset)
        let savedScope = scope
        if !withContext { scope = Scope() }
        scope.push()
        if template.extends != nil {
            // An included template that extends another renders with its own block layers.
            let savedLayers = blockLayers, savedBlocks = activeBlocks
            blockLayers = [:]
            activeBlocks = []
            try run(in: template) { try execute(template: template) }
            blockLayers = savedLayers
            activeBlocks = savedBlocks
        } else {
            try run(in: template) { try execute(template.nodes) }
        }
        scope = savedScope
        depth -= 1
    }

    func renderBlock(_ name: String, layer: Int, offset: Int) throws {
        let layers = blockLayers[name] ?? []
        if layer < layers.count {
            let (template, body) = layers[layer]
            activeBlocks.append((name, layer))
            try run(in: template) { try execute(body) }
            activeBlocks.removeLast()
        } else if layer == 0, let body = currentTemplate.blocks[name] {
            activeBlocks.append((name, layers.count))
            try execute(body)
            activeBlocks.removeLast()
        }
    }
}
