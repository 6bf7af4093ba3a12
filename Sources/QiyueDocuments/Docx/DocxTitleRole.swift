/// The part a paragraph plays on a cover page, from its style.
enum DocxTitleRole: Sendable, Hashable {
    case title, subtitle, line

    /// The role of a style named `name` (lowercased), if any.
    init?(styleName name: String) {
        switch name {
        case "title", "标题": self = .title
        case "subtitle", "副标题": self = .subtitle
        case "title page line": self = .line
        default: return nil
        }
    }
}
