import QiyueCore

/// A diagnostic of the drafting pipeline and the text it points into, so that whoever
/// prints it can show the source line under the message.
public struct DraftingMessage: Sendable {
    public var diagnostic: Diagnostic
    /// The lines of the file the diagnostic is located in (the project file, the template).
    public var source: LineIndex?

    public init(_ diagnostic: Diagnostic, source: LineIndex? = nil) {
        self.diagnostic = diagnostic
        self.source = source
    }
}
