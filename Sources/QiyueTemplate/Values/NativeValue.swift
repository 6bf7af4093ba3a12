/// An object the engine creates while rendering: a macro, the `loop` variable, a
/// `namespace()`, a built-in function or a bound method.
///
/// Its contents are internal so that data and callers outside the engine cannot forge
/// callables: templates can run only what the engine defines.
public struct NativeValue: Sendable {
    let kind: NativeKind
}

/// The kinds of `NativeValue`.
indirect enum NativeKind: Sendable {
    case macro(MacroClosure)
    case loop(LoopState)
    case namespace(NamespaceBox)
    case function(BuiltinFunction)
    case boundMethod(TemplateValue, String)
    case cycler(LoopState)
}
