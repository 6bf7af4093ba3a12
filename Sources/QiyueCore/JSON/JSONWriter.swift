import QiyueCore

/// Serialises `JSONValue`s with member order kept and Chinese left readable.
///
/// Used for `--format json` reports and for the starter file of `qiyue init`, where a
/// person reads the output: keys stay in the order they were built, non-ASCII text is
/// not escaped, and indentation is two spaces.
public enum JSONWriter {
    /// The value as pretty-printed JSON text (no trailing newline).
    public static func string(_ value: JSONValue, indent: Int = 0) -> String {
        var output = ""
        write(value, indent: indent, into: &output)
        return output
    }

    private static func write(_ value: JSONValue, indent: Int, into output: inout String) {
        switch value {
        case .null: output += "null"
        case let .bool(flag): output += flag ? "true" : "false"
        case let .number(number): output += number.literal
        case let .string(text): output += quoted(text)
        case let .array(elements):
            if elements.isEmpty { output += "[]"; return }
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                write(element.value, indent: indent + 2, into: &output)
                output += index < elements.count - 1 ? ",\n" : "\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case let .object(members):
            if members.isEmpty { output += "{}"; return }
            output += "{\n"
            for (index, member) in members.enumerated() {
                output += String(repeating: " ", count: indent + 2) + quoted(member.key) + ": "
                write(member.value.value, indent: indent + 2, into: &output)
                output += index < members.count - 1 ? ",\n" : "\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, nothing else.
    public static func quoted(_ text: String) -> String {
        JSONStringLiteral.quoted(text)
    }
}
