/// Drafting stopped before anything was written: the project, the template or the data do
/// not allow the document. The messages say why, each at its place.
public struct DraftingFailure: Error, Sendable {
    public var messages: [DraftingMessage]

    public init(_ messages: [DraftingMessage]) {
        self.messages = messages
    }

    public var errorCount: Int { messages.filter { $0.diagnostic.severity == .error }.count }
}
