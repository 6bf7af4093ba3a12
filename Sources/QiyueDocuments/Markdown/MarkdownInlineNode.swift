/// An inline element as the Markdown inline parser produces it: a model `Inline`, or a
/// picture, which the model holds as a block and the reader lifts out of its paragraph.
enum MarkdownInlineNode: Sendable, Hashable {
    case inline(Inline)
    /// `![alt](source "title"){width=60mm}`; `raw` is the source text, kept if the picture
    /// cannot be loaded; `size` holds the optional width and height in points.
    case image(alt: String, source: String, raw: String, offset: Int, size: ImageSizeAttributes)
}
