extension TemplateValue {
    /// The most levels an assigned value may nest. Deeper values could only come from a
    /// loop that wraps a value in itself again and again; freeing or printing them would
    /// recurse that deep, so `set` refuses them early.
    static let maximumNesting = 250

    /// Whether the value nests more than `limit` levels of lists, dicts and namespaces.
    ///
    /// Visits every element, so it costs as much as reading the value once; it stops as
    /// soon as the limit is passed.
    func nestsDeeper(than limit: Int) -> Bool {
        guard limit >= 0 else { return true }
        switch self {
        case let .array(items):
            return items.contains { $0.nestsDeeper(than: limit - 1) }
        case let .object(object):
            return object.entries.contains { $0.value.nestsDeeper(than: limit - 1) }
        case let .native(native):
            if case let .namespace(box) = native.kind {
                return box.attributes.entries.contains { $0.value.nestsDeeper(than: limit - 1) }
            }
            return false
        default:
            return false
        }
    }
}
