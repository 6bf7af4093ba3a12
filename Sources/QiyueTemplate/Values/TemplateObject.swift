/// A JSON object that remembers the order of its keys.
///
/// Jinja iterates a dict in insertion order, so `{% for k, v in obj.items() %}` must list
/// the keys in the order the JSON file gave them; a plain `Dictionary` would shuffle them.
/// Small objects (the usual record) are searched linearly, which is faster than hashing
/// the key; a hash index is built only for objects with many keys. Keys and values are
/// kept together in one array, so copying an object (and every `TemplateValue`) is cheap.
public struct TemplateObject: Sendable {
    /// The key-value pairs in insertion order.
    private(set) var entries: [ObjectEntry] = []
    private var index: [String: Int]?

    private static let indexThreshold = 12

    public init() {}

    public init(_ pairs: [(String, TemplateValue)]) {
        for (key, value) in pairs { self[key] = value }
    }

    /// Room for `capacity` keys without growing, for readers that know roughly how many come.
    init(capacity: Int) {
        entries.reserveCapacity(capacity)
    }

    /// The keys in insertion order.
    public var keys: [String] { entries.map(\.key) }
    /// The values in key order.
    public var values: [TemplateValue] { entries.map(\.value) }
    /// The key-value pairs in key order.
    public var pairs: [(key: String, value: TemplateValue)] { entries.map { ($0.key, $0.value) } }
    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        let length = key.utf8.count
        for position in entries.indices where entries[position].key.utf8.count == length && entries[position].key == key {
            return position
        }
        return nil
    }

    /// Reads or replaces a value; a new key goes to the end, a replaced key keeps its place.
    public subscript(key: String) -> TemplateValue? {
        get { position(of: key).map { entries[$0].value } }
        set {
            if let newValue {
                set(newValue, forKey: key)
            } else if let position = position(of: key) {
                entries.remove(at: position)
                index = nil
                rebuildIndexIfLarge()
            }
        }
    }

    /// Sets a value without the optional wrapping of the subscript (the JSON reader's path).
    mutating func set(_ value: TemplateValue, forKey key: String) {
        if let position = position(of: key) {
            entries[position].value = value
            return
        }
        entries.append(ObjectEntry(key: key, value: value))
        if index != nil {
            index![key] = entries.count - 1
        } else {
            rebuildIndexIfLarge()
        }
    }

    private mutating func rebuildIndexIfLarge() {
        guard entries.count > Self.indexThreshold else { return }
        index = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.key, $0) })
    }
}
