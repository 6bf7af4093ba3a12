/// Jinja2's filters on lists and dicts: picking, sorting, grouping, joining, mapping, selecting.
enum SequenceFilters {
    static let filters: [String: FilterFunction] = [
        "first": { value, _, _ in
            let items = try ValueAccess.elements(of: value)
            return items.first ?? .undefined(UndefinedValue(path: "first", siblings: [], offset: -1))
        },
        "last": { value, _, _ in
            let items = try ValueAccess.elements(of: value)
            return items.last ?? .undefined(UndefinedValue(path: "last", siblings: [], offset: -1))
        },
        "length": { value, _, _ in .int(try ValueAccess.length(of: value)) },
        "count": { value, _, _ in .int(try ValueAccess.length(of: value)) },
        "list": { value, _, _ in .array(try ValueAccess.elements(of: value)) },
        "reverse": { value, _, _ in
            if let text = value.stringContent { return value.sameKind(String(String.UnicodeScalarView(text.unicodeScalars.reversed()))) }
            return .array(try ValueAccess.elements(of: value).reversed())
        },
        "join": join,
        "sort": sort,
        "dictsort": dictsort,
        "unique": unique,
        "min": { value, arguments, _ in try extreme(value, arguments, name: "min", wantLarger: false) },
        "max": { value, arguments, _ in try extreme(value, arguments, name: "max", wantLarger: true) },
        "sum": sum,
        "batch": batch,
        "slice": slice,
        "groupby": groupby,
        "map": map,
        "select": { value, arguments, context in try select(value, arguments, context, attribute: false, keep: true) },
        "reject": { value, arguments, context in try select(value, arguments, context, attribute: false, keep: false) },
        "selectattr": { value, arguments, context in try select(value, arguments, context, attribute: true, keep: true) },
        "rejectattr": { value, arguments, context in try select(value, arguments, context, attribute: true, keep: false) },
        "items": { value, _, _ in
            guard case let .object(object) = value else {
                try value.requireDefined()
                throw RenderFailure.type("items 需要字典", "items filter needs a mapping")
            }
            return .array(object.pairs.map { .array([.string($0.key), $0.value]) })
        },
    ]

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

    static func extreme(_ value: TemplateValue, _ arguments: FilterArguments, name: String, wantLarger: Bool) throws -> TemplateValue {
        let bound = try arguments.bind(name, ["case_sensitive", "attribute"])
        let caseSensitive = try bound[0].bool(false)
        let path = try bound[1].optionalString("attribute").map(AttributePath.init)
        let items = try ValueAccess.elements(of: value)
        guard var best = items.first else { return .undefined(UndefinedValue(path: name, siblings: [], offset: -1)) }
        var bestKey = try path?.key(in: best, caseSensitive: caseSensitive) ?? (caseSensitive ? best : ignoringCase(best))
        for item in items.dropFirst() {
            let key = try path?.key(in: item, caseSensitive: caseSensitive) ?? (caseSensitive ? item : ignoringCase(item))
            guard let order = key.pythonCompare(bestKey) else {
                throw RenderFailure.type("“\(key.kindName)”与“\(bestKey.kindName)”不能比较大小", "'>' not supported between instances of '\(key.kindName)' and '\(bestKey.kindName)'")
            }
            if wantLarger ? order > 0 : order < 0 {
                best = item
                bestKey = key
            }
        }
        return best
    }

    static let sum: FilterFunction = { value, arguments, context in
        let bound = try arguments.bind("sum", ["attribute", "start"])
        let path = try bound[0].optionalString("attribute").map(AttributePath.init)
        var total = bound[1] ?? .int(0)
        for item in try ValueAccess.elements(of: value) {
            let term = try path?.value(in: item) ?? item
            total = try Operators.binary(.add, total, term, outputLimit: context.outputLimit)
        }
        return total
    }

    static let join: FilterFunction = { value, arguments, context in
        let bound = try arguments.bind("join", ["d", "attribute"])
        let separator = bound[0] ?? .string("")
        var items = try ValueAccess.elements(of: value)
        if let attribute = bound[1], case .none = attribute {} else if let path = try bound[1].optionalString("attribute").map(AttributePath.init) {
            items = try items.map { try path.value(in: $0) }
        }
        if let undefined = items.lazy.compactMap({ (item: TemplateValue) -> UndefinedValue? in
            if case let .undefined(u) = item { return u } else { return nil }
        }).first { throw RenderFailure.undefined(undefined) }
        let isMarkup: (TemplateValue) -> Bool = { if case .markup = $0 { return true } else { return false } }
        if context.autoescape, isMarkup(separator) || items.contains(where: isMarkup) {
            let joined = try items.map(HTMLEscape.markup).joined(separator: try HTMLEscape.markup(separator))
            return .markup(joined)
        }
        return .string(try items.map { try $0.text() }.joined(separator: try separator.text()))
    }

    static let batch: FilterFunction = { value, arguments, _ in
        let bound = try arguments.bind("batch", ["linecount", "fill_with"])
        let size = try bound[0].int(0, "linecount")
        guard size > 0 else { throw RenderFailure.type("batch 的大小必须为正数", "batch size must be positive") }
        let fill = bound[1].nonNone
        let items = try ValueAccess.elements(of: value)
        var result: [TemplateValue] = []
        var start = 0
        while start < items.count {
            var chunk = Array(items[start..<min(items.count, start + size)])
            if let fill, chunk.count < size { chunk += Array(repeating: fill, count: size - chunk.count) }
            result.append(.array(chunk))
            start += size
        }
        return .array(result)
    }

    static let slice: FilterFunction = { value, arguments, _ in
        let bound = try arguments.bind("slice", ["slices", "fill_with"])
        let slices = try bound[0].int(0, "slices")
        guard slices > 0, slices <= 100_000 else { throw RenderFailure.type("slice 的份数必须为正数", "slice count must be positive") }
        let fill = bound[1].nonNone
        let items = try ValueAccess.elements(of: value)
        let perSlice = items.count / slices
        let withExtra = items.count % slices
        var offset = 0
        var result: [TemplateValue] = []
        for number in 0..<slices {
            let start = offset + number * perSlice
            if number < withExtra { offset += 1 }
            let end = offset + (number + 1) * perSlice
            var chunk = Array(items[min(start, items.count)..<min(end, items.count)])
            if let fill, number >= withExtra { chunk.append(fill) }
            result.append(.array(chunk))
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

    static let map: FilterFunction = { value, arguments, context in
        let items = try ValueAccess.elements(of: value)
        if arguments.positional.isEmpty, let attribute = arguments.keyword.first(where: { $0.name == "attribute" }) {
            let defaultValue = arguments.keyword.first(where: { $0.name == "default" })?.value
            if let extra = arguments.keyword.first(where: { $0.name != "attribute" && $0.name != "default" }) {
                throw RenderFailure.type("map 没有参数“\(extra.name)”", "Unexpected keyword argument '\(extra.name)'")
            }
            let path = AttributePath(try attribute.value.text())
            return .array(try items.map { try path.value(in: $0, default: defaultValue) })
        }
        guard let name = arguments.positional.first?.stringContent else {
            throw RenderFailure.type("map 需要过滤器名称或 attribute=", "map requires a filter argument")
        }
        guard let filter = FilterRegistry.filters[name] else {
            throw RenderFailure.type("未知的过滤器“\(name)”", "no filter named '\(name)'")
        }
        let rest = FilterArguments(positional: Array(arguments.positional.dropFirst()), keyword: arguments.keyword)
        return .array(try items.map { try filter($0, rest, context) })
    }

    static func select(_ value: TemplateValue, _ arguments: FilterArguments, _ context: FilterContext, attribute: Bool, keep: Bool) throws -> TemplateValue {
        let items = try ValueAccess.elements(of: value)
        var positional = arguments.positional[...]
        var path: AttributePath?
        if attribute {
            guard let name = positional.popFirst() else { throw RenderFailure.type("缺少属性名", "Missing parameter for attribute name") }
            path = AttributePath(try name.text())
        }
        var test: TestFunction?
        if let name = positional.popFirst() {
            let testName = try name.text()
            guard let found = TestRegistry.tests[testName] else {
                throw RenderFailure.type("未知的测试“\(testName)”", "no test named '\(testName)'")
            }
            test = found
        }
        let testArguments = Array(positional)
        return .array(try items.filter { item in
            let subject = try path?.value(in: item) ?? item
            let passed = try test.map { try $0(subject, testArguments) } ?? subject.truthy()
            return passed == keep
        })
    }
}
