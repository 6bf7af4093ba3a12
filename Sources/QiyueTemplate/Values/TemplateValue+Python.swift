/// Python's truthiness, equality and ordering for template values.
///
/// `{% if items %}`, `==` and `sort` must agree with Jinja2, which inherits all three
/// from Python: empty containers are false, `1 == 1.0 == True`, strings order by code point.
extension TemplateValue {
    /// Python's `bool(value)`; using an undefined value this way is a strict error.
    func truthy() throws -> Bool {
        switch self {
        case .none: return false
        case let .bool(flag): return flag
        case let .int(number): return number != 0
        case let .double(number): return number != 0
        case let .string(text), let .markup(text): return !text.isEmpty
        case let .array(items): return !items.isEmpty
        case let .object(object): return !object.isEmpty
        case let .undefined(undefined):
            if undefined.lenient { return false }
            throw RenderFailure.undefined(undefined)
        case .native: return true
        }
    }

    /// The value as a Python number (booleans count as 0 and 1), or `nil`.
    var numeric: Numeric? {
        switch self {
        case let .int(number): return .int(number)
        case let .double(number): return .double(number)
        case let .bool(flag): return .int(flag ? 1 : 0)
        default: return nil
        }
    }

    /// Python's `==`.
    func pythonEquals(_ other: TemplateValue, depth: Int = 0) -> Bool {
        guard depth < PythonText.maximumDepth else { return false }
        if let left = numeric, let right = other.numeric { return left.compare(right) == 0 }
        switch (self, other) {
        case (.none, .none): return true
        case let (.string(a), .string(b)), let (.string(a), .markup(b)), let (.markup(a), .string(b)), let (.markup(a), .markup(b)):
            return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case let (.array(a), .array(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.pythonEquals($1, depth: depth + 1) }
        case let (.object(a), .object(b)):
            guard a.count == b.count else { return false }
            return a.pairs.allSatisfy { pair in b[pair.key].map { pair.value.pythonEquals($0, depth: depth + 1) } ?? false }
        default: return false
        }
    }

    /// Python's ordering: -1, 0 or 1; `nil` when Python would raise `TypeError`.
    func pythonCompare(_ other: TemplateValue, depth: Int = 0) -> Int? {
        guard depth < PythonText.maximumDepth else { return nil }
        if let left = numeric, let right = other.numeric { return left.compare(right) }
        switch (self, other) {
        case let (.string(a), .string(b)), let (.string(a), .markup(b)), let (.markup(a), .string(b)), let (.markup(a), .markup(b)):
            return Self.compareScalars(a, b)
        case let (.array(a), .array(b)):
            for (x, y) in zip(a, b) where !x.pythonEquals(y, depth: depth + 1) {
                return x.pythonCompare(y, depth: depth + 1)
            }
            return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
        default: return nil
        }
    }

    /// Orders strings by Unicode code point, as Python does (Swift's `<` uses canonical ordering).
    static func compareScalars(_ a: String, _ b: String) -> Int {
        var left = a.unicodeScalars.makeIterator()
        var right = b.unicodeScalars.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (x?, y?): if x != y { return x.value < y.value ? -1 : 1 }
            }
        }
    }

    /// A short English name of the value's kind, used in messages.
    var kindName: String {
        switch self {
        case .none: return "none"
        case .bool: return "bool"
        case .int: return "int"
        case .double: return "float"
        case .string: return "str"
        case .markup: return "Markup"
        case .array: return "list"
        case .object: return "dict"
        case .undefined: return "undefined"
        case .native: return "object"
        }
    }
}
