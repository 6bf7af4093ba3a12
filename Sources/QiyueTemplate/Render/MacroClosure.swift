/// A macro ready to be called: its definition, the template that defined it (for
/// autoescaping and error positions) and what its body can see, as Jinja2's closures do.
///
/// A macro sees the top level of the template it runs in at call time (so a `set` after the
/// definition counts), plus the variables of the loops and `with` blocks around its
/// definition as they were when it was defined. A `{% call %}` body sees the whole scope of
/// the call. A macro imported from another template sees that template's top level instead,
/// and the data only when it was imported `with context`.
struct MacroClosure: Sendable {
    let definition: MacroDefinition
    let template: CompiledTemplate
    /// The whole scope visible to the body (a `call` body); `nil` for macros.
    let capturedScope: Scope?
    /// The loop and `with` variables around the definition, outermost first.
    var enclosing: [(name: String, value: TemplateValue)] = []
    /// The top level of the template the macro was imported from; `nil`: the caller's.
    var moduleRoot: Scope? = nil
    /// Whether the data is hidden from the body (imported without context).
    var hidesData = false
}
