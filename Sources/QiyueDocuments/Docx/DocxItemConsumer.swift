/// Something built from a part's items in reading order: the review text or the document model.
protocol DocxItemConsumer: Sendable {
    associatedtype Output: Sendable

    mutating func add(_ item: DocxBodyItem)
    /// What was built; called once, after the last item.
    mutating func finish() -> Output
}
