/// A statement or piece of output of a parsed template.
indirect enum Node: Sendable {
    /// Literal template text, kept as UTF-8 so rendering copies it without conversion.
    case text([UInt8])
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
    /// `{% break %}` (`isBreak`) or `{% continue %}`, only ever inside a loop body.
    case loopControl(isBreak: Bool)
    /// `{% import NAME as alias %}` and `{% from NAME import a, b as c %}` (`names` set).
    case importTemplate(ImportStatement)
}
