/// The ordering filters: `sort`, `dictsort`, `unique`, `groupby`, all stable and, by
/// default, case-insensitive like Jinja2's.
extension SequenceFilters {
    /// Jinja's `ignore_case`: strings compare lower-cased, other values as they are.
    static func ignoringCase(_ value: TemplateValue) -> TemplateValue {
        if let text = value.stringContent { return .string(text.lowercased()) }
        return value
    }

    /// Python's `sorted(items, key=…, reverse=…)`: stable, and reversing keeps equal items in order.
    static func sorted(_ items: [TemplateValue], keys: [TemplateValue], reverse: Bool) throws -> [TemplateValue] {
        var failure: RenderFailure?
        let order = items.indices.sorted { a, b in
            guard failure == nil else { return a < b }
            guard let comparison = keys[a].pythonCompare(keys[b]) else {
                failure = RenderFailure.type(
                    "“\(keys[a].kindName)”与“\(keys[b].kindName)”不能比较大小",
                    "'<' not supported between instances of '\(keys[b].kindName)' and '\(keys[a].kindName)'")
                return a < b
            }
            if comparison == 0 { return a < b }
            return reverse ? comparison > 0 : comparison < 0
        }
        if let failure { throw failure }
        return order.map { items[$0] }
    }

    static let sort: FilterFunction = { value, arguments, _ in
        let bound = try arguments.bind("sort", ["reverse", "case_sensitive", "attribute"])
        let reverse = try bound[0].bool(false)
        let caseSensitive = try bound[1].bool(false)
        let items = try ValueAccess.elements(of: value)
        let paths = try bound[2].optionalString("attribute").map { $0.split(separator: ",").map { AttributePath(String($0)) } } ?? []
        let keys = try items.map { item -> TemplateValue in
            if paths.isEmpty {
                try item.requireDefined()
                return caseSensitive ? item : ignoringCase(item)
            }
            let parts = try paths.map { try $0.key(in: item, caseSensitive: caseSensitive) }
            return parts.count == 1 ? parts[0] : .array(parts)
        }
        return .array(try sorted(items, keys: keys, reverse: reverse))
    }

    static let dictsort: FilterFunction = { value, arguments, _ in
        let bound = try arguments.bind("dictsort", ["case_sensitive", "by", "reverse"])
        let caseSensitive = try bound[0].bool(false)
        let by = try bound[1].string("key", "by")
        let reverse = try bound[2].bool(false)
        guard case let .object(object) = value else {
            try value.requireDefined()
            throw RenderFailure.type("dictsort 需要字典", "dictsort needs a mapping, not '\(value.kindName)'")
        }
        guard by == "key" || by == "value" else {
            throw RenderFailure.type("dictsort 的 by 只能是 key 或 value", "You can only sort by either 'key' or 'value'")
        }
        let pairs = object.pairs.map { TemplateValue.array([.string($0.key), $0.value]) }
        let keys = object.pairs.map { pair -> TemplateValue in
            let key = by == "key" ? TemplateValue.string(pair.key) : pair.value
            return caseSensitive ? key : ignoringCase(key)
        }
        return .array(try sorted(pairs, keys: keys, reverse: reverse))
    }

    static let unique: FilterFunction = { value, arguments, _ in
        let bound = try arguments.bind("unique", ["case_sensitive", "attribute"])
        let caseSensitive = try bound[0].bool(false)
        let path = try bound[1].optionalString("attribute").map(AttributePath.init)
        var seen: [TemplateValue] = []
        var result: [TemplateValue] = []
        for item in try ValueAccess.elements(of: value) {
            let key = try path?.key(in: item, caseSensitive: caseSensitive) ?? (caseSensitive ? item : ignoringCase(item))
            if !seen.contains(where: { $0.pythonEquals(key) }) {
                seen.append(key)
                result.append(item)
            }
        }
        return .array(result)
    }

    static let groupby: FilterFunction = { value, arguments, _ in
        let bound = try arguments.bind("groupby", ["attribute", "default", "case_sensitive"])
        guard let attribute = bound[0] else { throw RenderFailure.type("groupby 需要属性名", "groupby needs an attribute") }
        let path = AttributePath(try attribute.text())
        let defaultValue = bound[1].nonNone
        let caseSensitive = try bound[2].bool(false)
        let items = try ValueAccess.elements(of: value)
        let keys = try items.map { try path.key(in: $0, caseSensitive: caseSensitive, default: defaultValue) }
        let order = try sorted(Array(items.indices).map { .int($0) }, keys: keys, reverse: false).compactMap(ValueAccess.integerIndex)
        var groups: [TemplateValue] = []
        var currentKey: TemplateValue?
        var members: [TemplateValue] = []
        for index in order {
            if let key = currentKey, key.pythonEquals(keys[index]) {
                members.append(items[index])
                continue
            }
            if currentKey != nil { groups.append(.array([try path.value(in: members[0], default: defaultValue), .array(members)])) }
            currentKey = keys[index]
            members = [items[index]]
        }
        if currentKey != nil { groups.append(.array([try path.value(in: members[0], default: defaultValue), .array(members)])) }
        return .array(groups)
    }
}
