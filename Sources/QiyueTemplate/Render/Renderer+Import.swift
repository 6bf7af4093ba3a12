/// `{% import %}` and `{% from … import %}`: a template run as a module of macros and variables.
extension Renderer {
    func importTemplate(_ statement: ImportStatement) throws {
        let offset = statement.offset
        let name: String
        switch try evaluate(statement.template) {
        case let .string(text), let .markup(text): name = text
        case let .undefined(undefined): throw RenderFailure.undefined(undefined)
        default: throw RenderFailure(zh: "import 需要模板名称字符串", en: "import needs a template name", offset: offset)
        }
        let template = try environment.compiled(named: name, offset: offset)
        if templates.contains(where: { $0 === template }) {
            let chain = (templates.map(\.source.name) + [template.source.name]).joined(separator: " → ")
            throw RenderFailure(zh: "import 出现循环：\(chain)", en: "import cycle: \(chain)", offset: offset)
        }
        let exported = try module(of: template, withContext: statement.withContext, offset: offset)
        if let alias = statement.alias {
            scope.set(alias, .object(TemplateObject(exported.filter { !$0.0.hasPrefix("_") })))
        }
        for (exportedName, alias) in statement.names {
            let value = exported.last(where: { $0.0 == exportedName && !exportedName.hasPrefix("_") })?.1
                ?? .undefined(UndefinedValue(path: exportedName, siblings: exported.map(\.0), offset: offset))
            scope.set(alias, value)
        }
    }

    /// Runs `template`'s top level with its output discarded and returns what it defined:
    /// macros (bound to the module's top level) and variables, in definition order.
    private func module(of template: CompiledTemplate, withContext: Bool, offset: Int) throws -> [(String, TemplateValue)] {
        try enterLevel(offset: offset)
        let savedScope = scope, savedOutput = output, savedData = data
        scope = withContext ? savedScope.rootFrame : Scope()
        if !withContext { data = TemplateObject() }
        scope.push()
        output = []
        try run(in: template) { try execute(template.nodes) }
        let moduleRoot = scope.flattened
        let bindings = scope.innermostBindings
        scope = savedScope
        output = savedOutput
        data = savedData
        depth -= 1
        return bindings.map { name, value in
            guard case let .native(native) = value, case var .macro(closure) = native.kind else { return (name, value) }
            closure.moduleRoot = moduleRoot
            closure.hidesData = !withContext
            return (name, .native(NativeValue(kind: .macro(closure))))
        }
    }
}
