/// One result of `IndustryCatalog.search`: the entry, and whether its name or only its
/// details matched (with the detail phrase that did, so a reader sees why it was found).
public struct CatalogSearchMatch: Sendable, Hashable {
    public enum Field: String, Sendable {
        case name
        case details
    }

    public var entry: IndustryCatalog.Entry
    public var field: Field
    /// The matching detail phrase, e.g. `冷链设施和物流经营能力`; `nil` for a name match.
    public var excerpt: String?
}
