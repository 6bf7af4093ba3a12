import QiyueCore

/// One entry of a pack's `categories` list, as written in the file.
///
/// Only the id, the titles and the description are required: a pack that adds a category
/// need not know the order numbers of the others (it goes after them) and gets its titles
/// as the opinion's table label unless it names one.
struct RuleCategoryDeclaration: Decodable {
    var id: String
    var title: LocalizedText
    var description: LocalizedText
    var order: Int?
    var opinionLabel: LocalizedText?
    var preference: Bool?

    static let fields = ["id", "title", "description", "order", "opinionLabel", "preference"]

    var category: RuleCategory {
        RuleCategory(id: id, title: title, description: description, order: order ?? 1000,
            opinionLabel: opinionLabel, preference: preference ?? false)
    }
}
