import Foundation

/// A title page as the HTML writer sets it, read back into the model the Markdown reader
/// makes of `{.title}` and `{.cover}`: `<header class="title-page">` holding the title lines
/// (`h1`), the subtitle (`p.subtitle`) and the lines below (`div.lines`), and on a brochure's
/// cover (`class="title-page cover"`) the picture in a `figure` and, on a cover without one,
/// the key-figures panel (`div.cover-figures`), which follows the cover in the model.
///
/// A header holding anything else (text outside those elements, other elements) is not one
/// the writer made, and is read as any container is, so no text is ever dropped from review.
extension HTMLDocumentBuilder {
    /// The title page and the key figures set on it, or `nil` when `header` is not laid out as
    /// the writer lays one out. The picture's alt text stays in the review text, as before.
    mutating func titlePage(_ header: HTMLElement) -> [Block]? {
        guard Self.isTitlePage(header.children) else { return nil }
        let cover = header.classes.contains("cover")
        var title: [[Inline]] = [], subtitle: [[Inline]] = [], lines: [[Inline]] = []
        var picture: Image?
        var figures: Table?
        func walk(_ nodes: [HTMLNode], _ builder: inout HTMLDocumentBuilder) {
            for case let .element(element) in nodes {
                switch element.name {
                case "h1": title.append(builder.collect(element.children))
                case "p" where element.classes.contains("subtitle"): subtitle.append(builder.collect(element.children))
                case "p": lines.append(builder.collect(element.children))
                case "img":
                    _ = builder.collect([.element(element)])
                    if cover, picture == nil { picture = Self.embeddedPicture(element) }
                case "table": figures = builder.table(element)
                default: walk(element.children, &builder)
                }
            }
        }
        walk(header.children, &self)
        title.removeAll { $0.isEmpty }
        guard !title.isEmpty else { return nil }
        let page = Block.titlePage(title: [Inline](joiningLines: title), subtitle: [Inline](joiningLines: subtitle), lines: lines.filter { !$0.isEmpty },
                                   cover: cover ? TitleCover(picture: picture) : nil)
        return [page] + (figures.map { [.table($0)] } ?? [])
    }

    /// Whether the nodes hold only what the writer puts in a title page: text inside `h1`, `p`
    /// and `table`, pictures, and the `div` and `figure` elements around them.
    private static func isTitlePage(_ nodes: [HTMLNode]) -> Bool {
        nodes.allSatisfy { node in
            switch node {
            case let .text(text, _): return text.allSatisfy(\.isWhitespace)
            case let .element(element):
                switch element.name {
                case "h1", "p", "table", "img": return true
                case "div", "figure": return isTitlePage(element.children)
                default: return false
                }
            }
        }
    }

    /// The picture of an `img` whose source is a PNG or JPEG written into the page
    /// (`data:image/…;base64,…`), as the writer embeds it; a picture the page only links to is
    /// not fetched.
    static func embeddedPicture(_ element: HTMLElement) -> Image? {
        guard let source = element.attributes["src"], source.hasPrefix("data:image/"), let comma = source.firstIndex(of: ","),
              source[..<comma].hasSuffix(";base64"), source.utf8.count <= DocumentLimits.maximumImageBytes * 4 / 3 + 64,
              let data = Data(base64Encoded: String(source[source.index(after: comma)...]), options: .ignoreUnknownCharacters),
              let format = ImageProbe.format(of: data), ImageProbe.pixelSize(of: data) != nil else { return nil }
        return Image(data: data, format: format, altText: element.attributes["alt"] ?? "")
    }
}
