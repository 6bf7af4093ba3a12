/// Attribute and item lookup, iteration and length with Jinja2's rules.
///
/// `a.b` tries a method of the value first (`items`, `upper`, …) and then the key `b`;
/// `a['b']` tries the key first. A miss is an undefined value that remembers its path.
enum ValueAccess {
    static let objectMethods: Set<String> = ["items", "keys", "values", "get"]
    static let stringMethods: Set<String> = [
        "upper", "lower", "strip", "lstrip", "rstrip", "split", "startswith", "endswith",
        "replace", "title", "capitalize", "count", "find", "join", "isdigit", "zfill", "format",
    ]

    /// `items`, `keys`, `values` or `get`, tested by first letter before comparing strings.
    @inline(__always)
    static func isMappingMethod(_ name: String) -> Bool {
        switch name.utf8.first {
        case UInt8(ascii: "i"): return name == "items"
        case UInt8(ascii: "k"): return name == "keys"
        case UInt8(ascii: "v"): return name == "values"
        case UInt8(ascii: "g"): return name == "get"
        default: return false
        }
    }

    static func attribute(of base: TemplateValue, _ name: String, path: @autoclosure () -> String, offset: @autoclosure () -> Int) throws -> TemplateValue {
        switch base {
        case let .object(object):
            if isMappingMethod(name) { return .native(NativeValue(kind: .boundMethod(base, name))) }
            if let value = object[name] { return value }
            return .undefined(UndefinedValue(path: path(), missingFrom: object, offset: offset()))
        case .string, .markup:
            if stringMethods.contains(name) { return .native(NativeValue(kind: .boundMethod(base, name))) }
        case let .array(items) where items.count == 2:
            // The (grouper, list) pairs of `groupby` answer to these names, as Jinja's named tuple does.
            if name == "grouper" { return items[0] }
            if name == "list" { return items[1] }
        case let .native(native):
            switch native.kind {
            case let .loop(state):
                if let value = state.attribute(name) { return value }
            case let .namespace(box):
                if let value = box.attributes[name] { return value }
                return .undefined(UndefinedValue(path: path(), missingFrom: box.attributes, offset: offset()))
            default: break
            }
        case let .undefined(undefined):
            throw RenderFailure.undefined(undefined)
        default: break
        }
        return .undefined(UndefinedValue(path: path(), siblings: [], offset: offset()))
    }

    static func item(of base: TemplateValue, _ key: TemplateValue, path: @autoclosure () -> String, offset: Int) throws -> TemplateValue {
        switch (base, key) {
        case let (.object(object), .string(name)), let (.object(object), .markup(name)):
            if let value = object[name] { return value }
            return .undefined(UndefinedValue(path: path(), missingFrom: object, offset: offset))
        case let (.object(object), _):
            if let text = PythonText.str(key), let value = object[text], key.isNumber == false { return value }
            return .undefined(UndefinedValue(path: path(), missingFrom: object, offset: offset))
        case let (.array(items), _):
            if let index = integerIndex(key) {
                let position = index < 0 ? index + items.count : index
                if position >= 0, position < items.count { return items[position] }
            }
            return .undefined(UndefinedValue(path: path(), siblings: [], offset: offset))
        case (.string, _), (.markup, _):
            let scalars = Array(base.stringContent!.unicodeScalars)
            if let index = integerIndex(key) {
                let position = index < 0 ? index + scalars.count : index
                if position >= 0, position < scalars.count { return .string(String(Character(scalars[position]))) }
            }
            return .undefined(UndefinedValue(path: path(), siblings: [], offset: offset))
        case let (.undefined(undefined), _):
            throw RenderFailure.undefined(undefined)
        case let (_, .string(name)):
            return try attribute(of: base, name, path: path(), offset: offset)
        default:
            return .undefined(UndefinedValue(path: path(), siblings: [], offset: offset))
        }
    }

    static func integerIndex(_ value: TemplateValue) -> Int? {
        switch value {
        case let .int(number): return number
        case let .bool(flag): return flag ? 1 : 0
        default: return nil
        }
    }

    /// The elements a `for` loop or a filter sees: list items, object keys or characters.
    static func elements(of value: TemplateValue) throws -> [TemplateValue] {
        // A text becomes one element per character: a 60 MB text would be 60 million values.
        if let text = value.stringContent, text.utf8.count > Operators.maximumListLength { throw Operators.tooLarge }
        switch value {
        case let .array(items): return items
        case let .object(object): return object.entries.map { .string($0.key) }
        case let .string(text): return text.unicodeScalars.map { .string(String(Character($0))) }
        case let .markup(text): return text.unicodeScalars.map { .markup(String(Character($0))) }
        case let .undefined(undefined): throw RenderFailure.undefined(undefined)
        case let .native(native):
            if case let .namespace(box) = native.kind { return box.attributes.keys.map { .string($0) } }
            fallthrough
        default:
            throw RenderFailure.type("“\(value.kindName)”类型的值不能遍历", "'\(value.kindName)' object is not iterable")
        }
    }

    /// Python's `len()`.
    static func length(of value: TemplateValue) throws -> Int {
        switch value {
        case let .array(items): return items.count
        case let .object(object): return object.count
        case let .string(text), let .markup(text): return text.unicodeScalars.count
        case let .undefined(undefined): throw RenderFailure.undefined(undefined)
        default:
            throw RenderFailure.type("“\(value.kindName)”类型的值没有长度", "object of type '\(value.kindName)' has no len()")
        }
    }

    /// Python's `x in y`.
    static func contains(_ container: TemplateValue, _ element: TemplateValue) throws -> Bool {
        switch container {
        case let .array(items): return items.contains { $0.pythonEquals(element) }
        case let .object(object):
            guard let key = element.stringContent else { return false }
            return object[key] != nil
        case let .string(text), let .markup(text):
            guard let needle = element.stringContent else {
                throw RenderFailure.type("字符串的 in 运算需要字符串作左操作数", "'in <string>' requires string as left operand, not \(element.kindName)")
            }
            return needle.isEmpty || text.contains(needle)
        case let .undefined(undefined): throw RenderFailure.undefined(undefined)
        default:
            throw RenderFailure.type("“\(container.kindName)”类型的值不支持 in 运算", "argument of type '\(container.kindName)' is not iterable")
        }
    }
}
