/// The Python methods of dicts and strings that templates call: `d.items()`, `d.get(k, x)`,
/// `s.upper()`, `s.split(',')`, `s.startswith('x')` …
enum Methods {
    static func call(_ name: String, on base: TemplateValue, _ arguments: [TemplateValue], keyword: [(String, TemplateValue)] = [], limit: Int = 1 << 26) throws -> TemplateValue {
        if case let .object(object) = base {
            switch name {
            case "items": return .array(object.pairs.map { .array([.string($0.key), $0.value]) })
            case "keys": return .array(object.keys.map { .string($0) })
            case "values": return .array(object.values)
            default:
                guard let key = arguments.first?.stringContent else {
                    throw RenderFailure.type("get() 需要一个字符串键", "get() needs a string key")
                }
                return object[key] ?? (arguments.count > 1 ? arguments[1] : .none)
            }
        }
        guard let text = base.stringContent else { return .none }
        let wrap: (String) -> TemplateValue = { if case .markup = base { return .markup($0) } else { return .string($0) } }
        func argument(_ index: Int) throws -> String {
            guard index < arguments.count, let value = arguments[index].stringContent else {
                throw RenderFailure.type("\(name)() 需要字符串参数", "\(name)() needs a string argument")
            }
            return value
        }
        switch name {
        case "format": return wrap(try StringFormat.format(text, arguments, keyword, limit: limit))
        case "upper": return wrap(text.uppercased())
        case "lower": return wrap(text.lowercased())
        case "strip": return wrap(arguments.isEmpty ? StringFilters.strip(text) : StringFilters.strip(text, characters: try argument(0)))
        case "lstrip": return wrap(String(text.drop(while: { $0.isWhitespace })))
        case "rstrip": return wrap(String(text.reversed().drop(while: { $0.isWhitespace }).reversed()))
        case "title": return wrap(StringFilters.title(text))
        case "capitalize": return wrap(StringFilters.capitalize(text))
        case "startswith": return .bool(text.hasPrefix(try argument(0)))
        case "endswith": return .bool(text.hasSuffix(try argument(0)))
        case "replace": return wrap(text.replacingOccurrences(of: try argument(0), with: try argument(1)))
        case "count": return .int(text.components(separatedBy: try argument(0)).count - 1)
        case "find":
            let needle = try argument(0)
            guard let range = text.range(of: needle) else { return .int(-1) }
            return .int(text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound))
        case "isdigit": return .bool(!text.isEmpty && text.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal })
        case "zfill":
            let width = arguments.first.flatMap(ValueAccess.integerIndex) ?? 0
            let missing = max(0, width - text.unicodeScalars.count)
            return wrap(String(repeating: "0", count: min(missing, 1_000_000)) + text)
        case "join":
            let items = try ValueAccess.elements(of: arguments.first ?? .array([]))
            return wrap(items.map { PythonText.str($0) ?? "" }.joined(separator: text))
        default:
            if arguments.isEmpty {
                return .array(text.split(whereSeparator: { $0.isWhitespace }).map { wrap(String($0)) })
            }
            return .array(text.components(separatedBy: try argument(0)).map(wrap))
        }
    }
}
