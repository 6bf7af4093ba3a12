/// A JSON value as written in a file, with its children carrying their own positions.
///
/// Objects keep their members in source order (and keep duplicates) because messages
/// must point at the field the user wrote, and a starter file must come back out in
/// the order it went in; `JSONSerialization` loses both.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])

    /// The JSON type's name as JSON Schema spells it (`integer` is reported as `number`).
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    public var stringValue: String? {
        if case let .string(text) = self { return text }
        return nil
    }

    public var doubleValue: Double? {
        if case let .number(number) = self { return number.value }
        return nil
    }

    public var boolValue: Bool? {
        if case let .bool(flag) = self { return flag }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The members of an object, or `nil` for any other value.
    public var members: [JSONMember]? {
        if case let .object(members) = self { return members }
        return nil
    }

    /// The elements of an array, or `nil` for any other value.
    public var elements: [JSONNode]? {
        if case let .array(elements) = self { return elements }
        return nil
    }
}

/// A JSON number, keeping the literal so that `6.0e8` is reported as the user wrote it.
public struct JSONNumber: Sendable, Hashable {
    public var literal: String
    public var value: Double

    public init(literal: String, value: Double) {
        self.literal = literal
        self.value = value
    }

    public init(_ value: Double) {
        self.value = value
        self.literal = value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// Whether the number is integral, which is what JSON Schema's `integer` means (`1.0` counts).
    public var isInteger: Bool { value.isFinite && value.rounded() == value }
}

/// One `"key": value` pair of an object.
public struct JSONMember: Sendable, Hashable {
    public var key: String
    /// The UTF-8 byte offset of the key's opening quote.
    public var keyOffset: Int
    public var value: JSONNode

    public init(key: String, keyOffset: Int = 0, value: JSONNode) {
        self.key = key
        self.keyOffset = keyOffset
        self.value = value
    }
}
