extension TemplateValue {
    /// About how many bytes the value's text (`str`, `repr`, `tojson`, `join`) takes,
    /// counted only until it passes `limit`.
    ///
    /// Operations that build one text out of many values (`join`, `tojson`, `string`,
    /// `sum`, `~`) ask before they build: a list holding the same 60 MB string a million
    /// times costs a million steps to measure here, not 60 TB of memory. Each element counts
    /// its punctuation and `indent` spaces per level, so the estimate is never below the
    /// real size of `tojson(indent=…)`.
    func textSize(upTo limit: Int, indent: Int = 0) -> Int {
        var total = 0
        var pending: [(TemplateValue, Int)] = [(self, 0)]
        while let (value, depth) = pending.popLast() {
            total += 4 + indent * (depth + 1)
            switch value {
            case let .string(text), let .markup(text):
                total += text.utf8.count
            case .int, .double:
                total += 20
            case let .array(items):
                for item in items { pending.append((item, depth + 1)) }
            case let .object(object):
                for entry in object.entries {
                    total += entry.key.utf8.count
                    pending.append((entry.value, depth + 1))
                }
            case let .native(native):
                if case let .namespace(box) = native.kind {
                    for entry in box.attributes.entries { pending.append((entry.value, depth + 1)) }
                }
            case .none, .bool, .undefined:
                break
            }
            if total > limit { return total }
        }
        return total
    }

    /// The size of a value just built, in O(1): bytes of a text, elements of a list or dict.
    var builtSize: Int {
        switch self {
        case let .string(text), let .markup(text): return text.utf8.count
        case let .array(items): return items.count
        case let .object(object): return object.count
        default: return 0
        }
    }
}
