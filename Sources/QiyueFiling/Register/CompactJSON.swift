import QiyueCore

/// JSON on one line, member order kept, Chinese unescaped: the form of a register entry.
///
/// A JSON Lines register needs each entry on exactly one line, and the chain hashes the
/// bytes of that line, so the writer must be deterministic; `JSONWriter` pretty-prints.
enum CompactJSON {
    static func string(_ value: JSONValue) -> String {
        var output = ""
        write(value, into: &output)
        return output
    }

    static func write(_ value: JSONValue, into output: inout String) {
        switch value {
        case .null: output += "null"
        case let .bool(flag): output += flag ? "true" : "false"
        case let .number(number): output += number.literal
        case let .string(text): JSONStringLiteral.append(text, to: &output)
        case let .array(elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                write(element.value, into: &output)
            }
            output += "]"
        case let .object(members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                JSONStringLiteral.append(member.key, to: &output)
                output += ":"
                write(member.value.value, into: &output)
            }
            output += "}"
        }
    }
}
