/// Python's `json.dumps(value, sort_keys=True)` and Jinja2's HTML-safe wrapping of it,
/// which together are the `tojson` filter.
enum JSONWriter {
    static func pythonDumps(_ value: TemplateValue, indent: Int?, level: Int = 0) throws -> String {
        guard level < 200 else { throw RenderFailure.type("数据嵌套过深", "value nested too deeply for tojson") }
        switch value {
        case .none: return "null"
        case let .bool(flag): return flag ? "true" : "false"
        case let .int(number): return String(number)
        case let .double(number):
            if number.isNaN { return "NaN" }
            if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
            return PythonText.float(number)
        case let .string(text), let .markup(text): return quoted(text)
        case let .array(items):
            if items.isEmpty { return "[]" }
            let parts = try items.map { try pythonDumps($0, indent: indent, level: level + 1) }
            return wrap(parts, open: "[", close: "]", indent: indent, level: level)
        case let .object(object):
            if object.isEmpty { return "{}" }
            let keys = object.keys.sorted { TemplateValue.compareScalars($0, $1) < 0 }
            let parts = try keys.map { quoted($0) + ": " + (try pythonDumps(object[$0]!, indent: indent, level: level + 1)) }
            return wrap(parts, open: "{", close: "}", indent: indent, level: level)
        case let .undefined(undefined): throw RenderFailure.undefined(undefined)
        case .native:
            throw RenderFailure.type("该对象不能转换为 JSON", "Object of type \(value.kindName) is not JSON serializable")
        }
    }

    private static func wrap(_ parts: [String], open: String, close: String, indent: Int?, level: Int) -> String {
        guard let indent else { return open + parts.joined(separator: ", ") + close }
        let inner = "\n" + String(repeating: " ", count: indent * (level + 1))
        let outer = "\n" + String(repeating: " ", count: indent * level)
        return open + inner + parts.joined(separator: "," + inner) + outer + close
    }

    /// A JSON string with `ensure_ascii`: everything outside printable ASCII as `\uXXXX`.
    static func quoted(_ text: String) -> String {
        // Printable ASCII without quotes or backslashes is copied whole: a value of tens of
        // megabytes must not be rebuilt scalar by scalar on its way to the size limit.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 <= 0x7E && $0 != 0x22 && $0 != 0x5C }) { return "\"" + text + "\"" }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value > 0x7E {
                    if scalar.value > 0xFFFF {
                        let value = scalar.value - 0x10000
                        result += "\\u" + PythonText.hex(0xD800 + (value >> 10), width: 4) + "\\u" + PythonText.hex(0xDC00 + (value & 0x3FF), width: 4)
                    } else {
                        result += "\\u" + PythonText.hex(scalar.value, width: 4)
                    }
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Jinja2's `htmlsafe_json_dumps`: `< > & '` as `\u003c \u003e \u0026 \u0027`.
    static func htmlSafe(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
            .replacingOccurrences(of: "'", with: "\\u0027")
    }
}
