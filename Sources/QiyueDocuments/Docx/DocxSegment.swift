/// A stretch of paragraph text with one format; `"\n"` stands for a line break (`w:br`).
struct DocxSegment: Sendable, Hashable {
    var text: String
    var format: DocxRunFormat
}
