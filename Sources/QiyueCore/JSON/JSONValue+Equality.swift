/// JSON equality as JSON Schema defines it for `enum` and `const`: numbers compare by
/// value (`1` equals `1.0`) and objects regardless of member order — unlike the
/// synthesised `==`, which also compares literals and source positions.
extension JSONValue {
    /// JSON equality: numbers by value, objects regardless of member order.
    public func sameJSON(as other: JSONValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a.value == b.value
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a.count == b.count && zip(a, b).allSatisfy { $0.value.sameJSON(as: $1.value) }
        case let (.object(a), .object(b)):
            return a.count == b.count && a.allSatisfy { member in b.contains { $0.key == member.key && $0.value.value.sameJSON(as: member.value.value) } }
        default: return false
        }
    }
}
