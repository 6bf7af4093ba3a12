/// A new body paragraph proposed as a tracked insertion (修订): a clause the agreement lacks,
/// put in after an existing paragraph so the drafter accepts or rejects it like any change.
public struct DocxAddedParagraph: Sendable, Hashable {
    /// The body paragraph (numbered as the review's `第N段`) the new one follows.
    public var afterParagraph: Int
    public var text: String
    /// Where the paragraph goes among others added after the same one, lowest first.
    public var order: Int

    public init(afterParagraph: Int, text: String, order: Int = 0) {
        self.afterParagraph = afterParagraph
        self.text = text
        self.order = order
    }
}
