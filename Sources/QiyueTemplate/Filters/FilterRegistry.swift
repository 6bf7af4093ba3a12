/// Every filter a template can name, Jinja2's built-ins and ours.
///
/// Templates cannot register filters: the set is fixed, so a template can do nothing the
/// engine does not allow.
enum FilterRegistry {
    static let filters: [String: FilterFunction] = {
        var all: [String: FilterFunction] = [:]
        for group in [StringFilters.filters, SequenceFilters.filters, ValueFilters.filters, ChineseFilters.filters] {
            all.merge(group) { first, _ in first }
        }
        return all
    }()
}
