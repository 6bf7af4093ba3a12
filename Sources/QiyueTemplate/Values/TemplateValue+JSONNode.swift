import QiyueCore

extension TemplateValue {
    /// The template value of JSON already parsed by QiyueCore's position-keeping parser, so a
    /// project file is parsed once, by one parser, for validation and for rendering alike.
    /// Numbers written without a fraction or exponent that fit 64 bits are integers (Python
    /// prints `2`, not `2.0`); keys keep their order and a repeated key's last value wins.
    public init(jsonNode node: JSONNode) {
        switch node.value {
        case .null: self = .none
        case let .bool(flag): self = .bool(flag)
        case let .number(number):
            let literal = number.literal
            if !literal.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }),
               let integer = Int(literal) {
                self = .int(integer)
            } else {
                self = .double(number.value)
            }
        case let .string(text): self = .string(text)
        case let .array(elements): self = .array(elements.map(TemplateValue.init(jsonNode:)))
        case let .object(members):
            var object = TemplateObject()
            for member in members { object[member.key] = TemplateValue(jsonNode: member.value) }
            self = .object(object)
        }
    }
}
