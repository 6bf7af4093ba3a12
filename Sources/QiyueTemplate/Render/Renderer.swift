import QiyueCore

/// Executes compiled templates against one data object; one renderer per render call.
///
/// The scope is a stack of frames (`for`, `with`, macro calls and includes push one); names
/// not found in any frame come from the data, then from the built-in functions. The output
/// is one growing string, swapped out while a macro, `set` block or `filter` block captures.
///
/// A renderer is confined to one thread and never hands out overlapping accesses to its
/// state, so its mutable properties skip the run-time exclusivity checks, which cost a
/// tenth of the rendering time.
final class Renderer {
    let environment: TemplateEnvironment
    let options: TemplateOptions
    /// The output so far as UTF-8; appending bytes is cheaper than appending to a `String`.
    @exclusivity(unchecked) var output: [UInt8] = []
    @exclusivity(unchecked) var scope = Scope()
    /// The data; hidden (empty) while a template imported without context runs.
    @exclusivity(unchecked) var data: TemplateObject
    /// The templates being executed, innermost last: for error positions, autoescaping and cycles.
    @exclusivity(unchecked) var templates: [CompiledTemplate] = []
    /// For each block name, the bodies from the most derived template to the base.
    var blockLayers: [String: [(template: CompiledTemplate, body: [Node])]] = [:]
    /// The blocks being rendered and which layer, so `super()` knows what comes next.
    @exclusivity(unchecked) var activeBlocks: [(name: String, layer: Int)] = []
    /// Nested macro calls, includes and recursive loops, bounded by `options.maximumDepth`.
    @exclusivity(unchecked) var depth = 0
    @exclusivity(unchecked) var iterations = 0
    /// The work done so far against `options.workBudget`: calls, includes, loop steps and
    /// the size of every value built.
    @exclusivity(unchecked) var work = 0

    init(environment: TemplateEnvironment, data: TemplateObject) {
        self.environment = environment
        self.options = environment.options
        self.data = data
        output.reserveCapacity(32 * 1024)
    }

    var currentTemplate: CompiledTemplate { templates[templates.count - 1] }
    var escaping: OutputEscaping { templates.last?.escaping ?? .none }
    var autoescape: Bool { escaping.isActive }

    /// Whether only indentation and block markers precede the end of the output on its
    /// line, so that a Markdown value printed here could open a block.
    var outputAtLineStart: Bool {
        var index = output.count - 1
        while index >= 0 {
            switch output[index] {
            case 0x0A: return true
            case 0x20, 0x09, UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "#"),
                 UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                index -= 1
            default: return false
            }
        }
        return true
    }

    /// Renders a whole template, following `extends` to the base template, as UTF-8.
    func render(_ template: CompiledTemplate) throws -> [UInt8] {
        try run(in: template) { try self.execute(template: template) }
        return output
    }

    /// Runs `body` with `template` as the current template; failures inside become
    /// `TemplateError`s positioned in that template.
    func run<T>(in template: CompiledTemplate, _ body: () throws -> T) throws -> T {
        templates.append(template)
        do {
            let result = try body()
            templates.removeLast()
            return result
        } catch let failure as RenderFailure {
            throw template.source.error(failure, language: options.language, extraNotes: suggestions(for: failure))
        }
    }

    /// Executes a template's top level, or, when it extends another, its top-level
    /// assignments followed by the base template with this template's blocks in force.
    func execute(template: CompiledTemplate) throws {
        guard let (parentExpression, offset) = template.extends else {
            try execute(template.nodes)
            return
        }
        var chain = [template]
        var current = template
        var currentParent: (Expression, Int)? = (parentExpression, offset)
        // Child-first: the child's top level runs with output discarded, for its `set`s and macros.
        let saved = output
        output = []
        try execute(template.nodes.filter { if case .block = $0 { return false } else { return true } })
        output = saved
        for (name, body) in template.blocks { blockLayers[name, default: []].append((template, body)) }
        while let (expression, position) = currentParent {
            let nameValue = try run(in: current) { try evaluate(expression) }
            guard let name = nameValue.stringContent else {
                throw current.source.error(RenderFailure(zh: "extends 需要模板名称字符串", en: "extends needs a template name", offset: position), language: options.language)
            }
            if chain.contains(where: { $0.source.name == name }) {
                let names = (chain.map(\.source.name) + [name]).joined(separator: " → ")
                throw current.source.error(
                    RenderFailure(zh: "模板继承出现循环：\(names)", en: "extends cycle: \(names)", offset: position), language: options.language)
            }
            let parent = try run(in: current) { try environment.compiled(named: name, offset: position) }
            guard chain.count < options.maximumDepth else {
                throw current.source.error(RenderFailure(zh: "模板继承层数超过 \(options.maximumDepth)", en: "extends deeper than \(options.maximumDepth) levels", offset: position), language: options.language)
            }
            chain.append(parent)
            for (name, body) in parent.blocks { blockLayers[name, default: []].append((parent, body)) }
            current = parent
            currentParent = parent.extends
        }
        try run(in: current) { try execute(current.nodes) }
    }

    func write(_ bytes: [UInt8]) throws {
        output.append(contentsOf: bytes)
        if output.count > options.outputLimit {
            throw RenderFailure(
                zh: "输出超过上限 \(options.outputLimit) 字节", en: "output exceeds the limit of \(options.outputLimit) bytes")
        }
    }

    func write(_ text: String) throws {
        output.append(contentsOf: text.utf8)
        if output.count > options.outputLimit {
            throw RenderFailure(
                zh: "输出超过上限 \(options.outputLimit) 字节", en: "output exceeds the limit of \(options.outputLimit) bytes")
        }
    }

    /// Renders `body` into a fresh buffer and returns that text.
    func capture(_ body: () throws -> Void) throws -> String {
        let saved = output
        output = []
        try body()
        let captured = String(decoding: output, as: UTF8.self)
        output = saved
        return captured
    }

    /// Counts `units` of work; past the budget the render stops with an error at `offset`.
    ///
    /// Depth and loop limits alone do not bound work: a macro calling itself twice at
    /// depth 40 does 2^40 calls without ever being deep, and a loop of 100 steps can build
    /// 6 GB of text. One budget covers every way of spending time.
    func spend(_ units: Int, offset: Int?) throws {
        work += units
        guard work > options.workBudget else { return }
        throw RenderFailure(
            zh: "模板运算量超过上限（\(options.workBudget) 个单位：调用、包含、循环步数与生成的数据量）",
            en: "the template does more work than its budget of \(options.workBudget) units (calls, includes, loop steps, data built)",
            offset: offset)
    }

    /// Checks a value an operator, filter or call just built against the value limit
    /// and counts its size as work (one unit per 256 bytes or elements).
    func built(_ value: TemplateValue, offset: Int) throws -> TemplateValue {
        let size = value.builtSize
        guard size <= options.outputLimit else { throw Operators.tooLarge.at(offset) }
        try spend(1 + size >> 8, offset: offset)
        return value
    }

    /// Enters one more level of macro call, include or recursive loop.
    func enterLevel(offset: Int) throws {
        try spend(1, offset: offset)
        depth += 1
        guard depth <= options.maximumDepth else {
            throw RenderFailure(
                zh: "递归或嵌套超过 \(options.maximumDepth) 层", en: "recursion deeper than \(options.maximumDepth) levels", offset: offset)
        }
    }

    /// The "did you mean" notes for an undefined name: the nearest names in scope or in the object.
    func suggestions(for failure: RenderFailure) -> [String] {
        guard let undefined = failure.undefined else { return [] }
        let lastComponent = undefined.path.split(whereSeparator: { $0 == "." || $0 == "[" }).last.map(String.init) ?? undefined.path
        let candidates: [String]
        if let siblings = undefined.siblings {
            candidates = siblings
        } else {
            var names = Set(data.keys)
            names.formUnion(scope.names)
            candidates = Array(names)
        }
        let prefix = undefined.path.dropLast(lastComponent.count)
        let nearest = NearestNames.find(lastComponent, among: candidates).map { String(prefix) + $0 }
        guard !nearest.isEmpty else {
            if let siblings = undefined.siblings, !siblings.isEmpty {
                let listed = siblings.prefix(8).joined(separator: ", ")
                return [options.language == .zh ? "已定义的键：\(listed)" : "defined keys: \(listed)"]
            }
            return []
        }
        let listed = nearest.joined(separator: options.language == .zh ? "”、“" : "', '")
        return [options.language == .zh ? "您是否想用“\(listed)”？" : "did you mean '\(listed)'?"]
    }
}
