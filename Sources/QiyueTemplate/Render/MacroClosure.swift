/// A macro ready to be called: its definition, the template that defined it (for
/// autoescaping and error positions) and, for a `{% call %}` body, the scope it closes over.
struct MacroClosure: Sendable {
    let definition: MacroDefinition
    let template: CompiledTemplate
    /// The scope visible to the body; `nil` means the caller's root frame at call time.
    let capturedScope: Scope?
}
