/// The brochure layout of a title page: the title and subtitle reversed out of a coloured band
/// across the text width, the project's picture below it when there is one.
///
/// The band is there with or without a picture, so a project that has no photograph yet still
/// gets a cover that reads as one rather than a broken image or a page of centred text. Without
/// a picture the lower part of the page would be empty, so a key-figures panel that follows the
/// cover is set on it, at the foot of the page, and the cover reads as title, place and facts.
public struct TitleCover: Sendable, Hashable {
    public var picture: Image?

    public init(picture: Image? = nil) {
        self.picture = picture
    }

    /// The key-figures table set on the cover that opens `blocks` at `index`: the table right
    /// after a cover without a picture, or `nil`. Both writers ask this, so the page and the
    /// Word file agree.
    public static func figuresOnCover(_ blocks: [Block], at index: Int) -> Table? {
        guard index + 1 < blocks.count, case let .titlePage(_, _, _, cover?) = blocks[index], cover.picture == nil,
              case let .table(table) = blocks[index + 1], table.isKeyFigures, table.rows.count == 2 else { return nil }
        return table
    }

    /// The tallest a cover picture may be, in points (120 mm): with the band above it and the
    /// cover's lines below, the cover stays one page even for a portrait photograph.
    public static let maximumPictureHeight = 120 / 25.4 * 72

    /// The picture sized for the cover: as wide as the text column, unless that would make it
    /// taller than `maximumPictureHeight`; a size the template gave wins.
    public func sizedPicture(textWidth: Double) -> Image? {
        guard var picture else { return nil }
        guard picture.widthPoints == nil, picture.heightPoints == nil else { return picture }
        let pixels = ImageProbe.pixelSize(of: picture.data)
        let aspect = pixels.map { Double($0.height) / Double(max($0.width, 1)) } ?? 0.75
        var width = textWidth
        var height = width * aspect
        if height > Self.maximumPictureHeight {
            height = Self.maximumPictureHeight
            width = height / aspect
        }
        picture.widthPoints = width
        picture.heightPoints = height
        return picture
    }
}
