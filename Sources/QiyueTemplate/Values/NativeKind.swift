/// The kinds of `NativeValue`.
indirect enum NativeKind: Sendable {
    case macro(MacroClosure)
    case loop(LoopState)
    case namespace(NamespaceBox)
    case function(BuiltinFunction)
    case boundMethod(TemplateValue, String)
    case cycler(LoopState)
    case changed(LoopState)
}
