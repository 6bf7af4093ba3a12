/// The source-like spelling of a variable reference, for messages about undefined data.
extension Expression {
    /// `project.amount`, `items[0]`, `row['name']`; a placeholder for computed values.
    var path: String {
        switch self {
        case let .name(name, _): return name
        case let .attribute(base, name, _): return base.path + "." + name
        case let .item(base, key, _):
            switch key {
            case let .literal(.string(text)): return base.path + "." + text
            case let .literal(value): return base.path + "[" + (PythonText.str(value) ?? "") + "]"
            default: return base.path + "[…]"
            }
        case let .filter(base, filter): return base.path + "|" + filter.name
        case let .call(base, _, _): return base.path + "()"
        case .literal(let value): return PythonText.repr(value)
        default: return "…"
        }
    }

    /// Where the expression starts in the source, so a caret sits under `project` in `project.amount`.
    var startOffset: Int {
        switch self {
        case let .name(_, offset): return offset
        case let .attribute(base, _, offset), let .item(base, _, offset), let .slice(base, _, _, _, offset), let .call(base, _, offset):
            let start = base.startOffset
            return start >= 0 ? start : offset
        case let .filter(base, _), let .test(base, _): return base.startOffset
        case let .binary(_, left, _, _): return left.startOffset
        case let .negate(_, offset), let .plus(_, offset), let .concat(_, offset): return offset
        case let .conditional(_, then, _): return then.startOffset
        case let .compare(left, _), let .and(left, _), let .or(left, _): return left.startOffset
        case let .not(inner): return inner.startOffset
        default: return -1
        }
    }
}
