/// A value a template can see: the JSON data model plus the few kinds Jinja adds.
///
/// Data arrives as JSON, so the cases mirror JSON (`none`, `bool`, numbers, `string`,
/// `array`, `object`); integers and floats stay apart because Python prints them
/// differently (`2` versus `2.0`). `markup` is a string already safe for HTML, as
/// Jinja's `Markup`. `undefined` and `native` exist only while rendering: a missing
/// variable (kept so that `is defined` and `default` can look at it) and objects the
/// engine makes itself (macros, `loop`, `namespace()`); data cannot create them.
public enum TemplateValue: Sendable {
    case none
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case markup(String)
    case array([TemplateValue])
    case object(TemplateObject)
    case undefined(UndefinedValue)
    case native(NativeValue)
}

extension TemplateValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .none }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        var object = TemplateObject()
        for (key, value) in elements { object[key] = value }
        self = .object(object)
    }
}

extension TemplateValue {
    /// The text of a string or markup value, `nil` for every other kind.
    var stringContent: String? {
        switch self {
        case let .string(text), let .markup(text): return text
        default: return nil
        }
    }

    /// Whether the value is a number in Python's sense (booleans excluded, as Jinja's `number` test does not).
    var isNumber: Bool {
        switch self {
        case .int, .double: return true
        default: return false
        }
    }

    var isUndefined: Bool {
        if case .undefined = self { return true }
        return false
    }
}
