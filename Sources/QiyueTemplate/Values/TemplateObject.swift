/// A JSON object that remembers the order of its keys.
///
/// Jinja iterates a dict in insertion order, so `{% for k, v in obj.items() %}` must list
/// the keys in the order the JSON file gave them; a plain `Dictionary` would shuffle them.
/// Small objects (the usual record) are searched linearly, which is faster than hashing
/// the key; a hash index is built only for objects with many keys.
public struct TemplateObject: Sendable {
    public private(set) var keys: [String] = []
    /// The values in key order.
    public private(set) var values: [TemplateValue] = []
    private var index: [String: Int]?

    private static let indexThreshold = 12

    public init() {}

    public init(_ pairs: [(String, TemplateValue)]) {
        for (key, value) in pairs { self[key] = value }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        let length = key.utf8.count
        for position in keys.indices where keys[position].utf8.count == length && keys[position] == key { return position }
        return nil
    }

    /// Reads or replaces a value; a new key goes to the end, a replaced key keeps its place.
    public subscript(key: String) -> TemplateValue? {
        get { position(of: key).map { values[$0] } }
        set {
            if let newValue {
                if let position = position(of: key) {
                    values[position] = newValue
                } else {
                    keys.append(key)
                    values.append(newValue)
                    if index != nil {
                        index![key] = keys.count - 1
                    } else if keys.count > Self.indexThreshold {
                        index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
                    }
                }
            } else if let position = position(of: key) {
                keys.remove(at: position)
                values.remove(at: position)
                index = keys.count > Self.indexThreshold ? Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) }) : nil
            }
        }
    }

    /// Room for `capacity` keys without growing, for readers that know roughly how many come.
    init(capacity: Int) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// Sets a value without the optional wrapping of the subscript (the JSON reader's path).
    mutating func set(_ value: TemplateValue, forKey key: String) {
        if let position = position(of: key) {
            values[position] = value
            return
        }
        keys.append(key)
        values.append(value)
        if index != nil {
            index![key] = keys.count - 1
        } else if keys.count > Self.indexThreshold {
            index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        }
    }

    /// The key-value pairs in key order.
    public var pairs: [(key: String, value: TemplateValue)] { Array(zip(keys, values)) }
}
