/// A JSON object that remembers the order of its keys.
///
/// Jinja iterates a dict in insertion order, so `{% for k, v in obj.items() %}` must list
/// the keys in the order the JSON file gave them; a plain `Dictionary` would shuffle them.
public struct TemplateObject: Sendable {
    public private(set) var keys: [String] = []
    private var storage: [String: TemplateValue] = [:]

    public init() {}

    public init(_ pairs: [(String, TemplateValue)]) {
        for (key, value) in pairs { self[key] = value }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// Reads or replaces a value; a new key goes to the end, a replaced key keeps its place.
    public subscript(key: String) -> TemplateValue? {
        get { storage[key] }
        set {
            if let newValue {
                if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if storage.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// The values in key order.
    public var values: [TemplateValue] { keys.map { storage[$0]! } }

    /// The key-value pairs in key order.
    public var pairs: [(key: String, value: TemplateValue)] { keys.map { ($0, storage[$0]!) } }
}
