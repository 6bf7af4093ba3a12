/// A statement or piece of output of a parsed template.
indirect enum Node: Sendable {
    case text(String)
    case output(Expression, offset: Int)
    case conditional([(condition: Expression, body: [Node])], otherwise: [Node])
    case forLoop(ForLoop)
    case assign(AssignTarget, Expression)
    case assignBlock(AssignTarget, body: [Node], filters: [FilterCall])
    case include(Expression, ignoreMissing: Bool, withContext: Bool, offset: Int)
    case block(String, offset: Int)
    case macro(MacroDefinition)
    case callBlock(CallBlock)
    case filterBlock([FilterCall], body: [Node])
    case with([(target: AssignTarget, value: Expression)], body: [Node])
}

/// `{% for target in iterable if condition %}…{% else %}…{% endfor %}`.
struct ForLoop: Sendable {
    let target: AssignTarget
    let iterable: Expression
    let condition: Expression?
    let body: [Node]
    let otherwise: [Node]
    let recursive: Bool
    let offset: Int
}

/// The left side of `set` or `for`: a name, `ns.attribute`, or a tuple to unpack.
indirect enum AssignTarget: Sendable {
    case name(String)
    case attribute(String, String, offset: Int)
    case tuple([AssignTarget], offset: Int)
}

/// `{% macro name(a, b=1) %}…{% endmacro %}`.
struct MacroDefinition: Sendable {
    let name: String
    let parameters: [(name: String, defaultValue: Expression?)]
    let body: [Node]
    let offset: Int
    /// Whether the body mentions `caller`, `varargs` or `kwargs`, which changes what a call accepts.
    let usesCaller: Bool
}

/// `{% call(args) macro(…) %}…{% endcall %}`: a macro call whose body is `caller()`.
struct CallBlock: Sendable {
    let call: Expression
    let caller: MacroDefinition
}
