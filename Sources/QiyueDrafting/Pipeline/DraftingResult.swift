/// How a drafting run ended when it got as far as the review.
public struct DraftingResult: Sendable {
    public let project: DraftingProject
    /// Warnings about the project and its English, in the order they were found.
    public let messages: [DraftingMessage]
    /// The review of the document as it was (or would have been) written.
    public let review: DraftReview
    /// Whether the file was written: the review found no error, or `force` was given.
    public let written: Bool
}
