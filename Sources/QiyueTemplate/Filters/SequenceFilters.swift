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
            total = try Operators.binary(.add, total, term, outputLimit: context.outputLimit, escaping: context.escaping)
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
        var size = 0
        let separatorSize = separator.textSize(upTo: context.outputLimit)
        for item in items {
            size += item.textSize(upTo: context.outputLimit) + separatorSize
            guard size <= context.outputLimit else { throw Operators.tooLarge }
        }
        let isMarkup: (TemplateValue) -> Bool = { if case .markup = $0 { return true } else { return false } }
        if context.autoescape, isMarkup(separator) || items.contains(where: isMarkup) {
            let joined = try items.map(context.escaping.markup).joined(separator: try context.escaping.markup(separator))
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
}
