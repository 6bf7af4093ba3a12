/// An object the engine creates while rendering: a macro, the `loop` variable, a
/// `namespace()`, a built-in function or a bound method.
///
/// Its contents are internal so that data and callers outside the engine cannot forge
/// callables: templates can run only what the engine defines.
public struct NativeValue: Sendable {
    let kind: NativeKind
}
