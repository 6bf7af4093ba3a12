/// Jinja's `make_attrgetter`: reads `attribute='a.b.0'` from each item of a sequence.
///
/// Dotted parts descend one level each; a part made of digits indexes a list.
struct AttributePath {
    let parts: [String]
    let text: String

    init(_ text: String) {
        self.text = text
        self.parts = text.utf8.contains(UInt8(ascii: ".")) ? text.split(separator: ".", omittingEmptySubsequences: false).map(String.init) : [text]
    }

    /// The attribute's value in `item`; `defaultValue` (when given) replaces a missing value.
    func value(in item: TemplateValue, default defaultValue: TemplateValue? = nil) throws -> TemplateValue {
        var current = item
        for part in parts {
            let key: TemplateValue = Int(part).map { .int($0) } ?? .string(part)
            current = try ValueAccess.item(of: current, key, path: text, offset: -1)
            if case .undefined = current { return defaultValue ?? current }
        }
        return current
    }

    /// The sort or group key: strings lower-cased unless case sensitive.
    func key(in item: TemplateValue, caseSensitive: Bool, default defaultValue: TemplateValue? = nil) throws -> TemplateValue {
        let value = try self.value(in: item, default: defaultValue)
        try value.requireDefined()
        return caseSensitive ? value : SequenceFilters.ignoringCase(value)
    }
}
