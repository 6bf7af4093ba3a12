/// Shorthands for building JSON values in code (reports, the starter file), where there
/// is no source text and so no positions.
extension JSONValue {
    /// Builds an object value from ordered key–value pairs, for reports and starter files.
    public static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(pairs.map { JSONMember(key: $0.key, value: JSONNode($0.value)) })
    }

    /// Builds an object from an array of pairs (when the keys are computed).
    public static func orderedObject(_ pairs: [(String, JSONValue)]) -> JSONValue {
        .object(pairs.map { JSONMember(key: $0.0, value: JSONNode($0.1)) })
    }

    public static func list(_ values: [JSONValue]) -> JSONValue {
        .array(values.map { JSONNode($0) })
    }

    public static func number(_ value: Double) -> JSONValue {
        .number(JSONNumber(value))
    }

    public static func number(_ value: Int) -> JSONValue {
        .number(JSONNumber(literal: String(value), value: Double(value)))
    }
}
