import QiyueCore

/// The wording of schema violations, in Chinese and English.
///
/// Kept in one place because these exact sentences are documented in
/// `docs/project-data.md` and asserted by the tests: `expected a number, found "三百"`.
enum SchemaMessages {
    /// `a number` / `数字` for one JSON Schema type name.
    static func typeName(_ type: String) -> LocalizedText {
        switch type {
        case "string": return LocalizedText(zh: "字符串", en: "a string")
        case "number": return LocalizedText(zh: "数字", en: "a number")
        case "integer": return LocalizedText(zh: "整数", en: "an integer")
        case "boolean": return LocalizedText(zh: "true 或 false", en: "true or false")
        case "object": return LocalizedText(zh: "对象", en: "an object")
        case "array": return LocalizedText(zh: "数组", en: "an array")
        default: return LocalizedText(zh: type, en: type)
        }
    }

    /// Joins alternatives: `an object or null` / `对象或 null`.
    static func alternatives(_ items: [LocalizedText]) -> LocalizedText {
        // Chinese runs words together but keeps a space before Latin words such as `null`.
        let zh = items.map(\.zh).joined(separator: "或").replacingOccurrences(of: "或null", with: "或 null")
        return LocalizedText(zh: zh, en: items.map(\.en).joined(separator: " or "))
    }

    /// How a found value is shown: strings quoted (long ones cut), numbers as written.
    static func describe(_ value: JSONValue) -> LocalizedText {
        switch value {
        case .null: return LocalizedText(zh: "null", en: "null")
        case let .bool(flag): return LocalizedText(zh: flag ? "true" : "false", en: flag ? "true" : "false")
        case let .number(number): return LocalizedText(zh: number.literal, en: number.literal)
        case let .string(text):
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            let quoted = JSONWriter.quoted(shown)
            return LocalizedText(zh: quoted, en: quoted)
        case .array: return LocalizedText(zh: "数组", en: "an array")
        case .object: return LocalizedText(zh: "对象", en: "an object")
        }
    }

    static func expected(_ expected: LocalizedText, found value: JSONValue) -> LocalizedText {
        let found = describe(value)
        return LocalizedText(zh: chinese("应为", expected.zh) + "，" + chinese("实际为", found.zh), en: "expected \(expected.en), found \(found.en)")
    }

    /// Joins Chinese words with Latin text as Chinese typesetting does: a space between a
    /// Han character and a Latin letter, digit or quote, none between two Han characters.
    static func chinese(_ head: String, _ tail: String) -> String {
        guard let first = tail.unicodeScalars.first else { return head }
        return head + (first.isASCII ? " " : "") + tail
    }

    static func missing(_ field: String) -> LocalizedText {
        LocalizedText(zh: "缺少必填字段 \"\(field)\"", en: "missing required field \"\(field)\"")
    }

    static func unknown(_ field: String, suggestion: String?) -> LocalizedText {
        var text = LocalizedText(zh: "未知字段 \"\(field)\"", en: "unknown field \"\(field)\"")
        if let suggestion {
            text.zh += "；是否应为 \"\(suggestion)\"？"
            text.en += "; did you mean \"\(suggestion)\"?"
        }
        return text
    }

    static func duplicate(_ field: String) -> LocalizedText {
        LocalizedText(zh: "字段 \"\(field)\" 重复出现，以最后一个为准", en: "field \"\(field)\" appears more than once; the last one is used")
    }

    static func notOneOf(_ allowed: [JSONValue], found value: JSONValue, suggestion: String?) -> LocalizedText {
        let list = allowed.map { describe($0).en }
        var text = LocalizedText(
            zh: "应为以下取值之一：\(list.joined(separator: "、"))，实际为 \(describe(value).zh)",
            en: "expected one of \(list.joined(separator: ", ")), found \(describe(value).en)"
        )
        if let suggestion {
            text.zh += "；是否应为 \"\(suggestion)\"？"
            text.en += "; did you mean \"\(suggestion)\"?"
        }
        return text
    }

    static func pattern(_ pattern: String, found value: JSONValue) -> LocalizedText {
        let found = describe(value)
        return LocalizedText(zh: "\(found.zh) 不符合格式 \(pattern)", en: "\(found.en) does not match the pattern \(pattern)")
    }

    static let empty = LocalizedText(zh: "不能为空", en: "must not be empty")

    static func minimumLength(_ count: Int) -> LocalizedText {
        LocalizedText(zh: "至少应有 \(count) 个字符", en: "expected at least \(count) characters")
    }

    static func maximumLength(_ count: Int) -> LocalizedText {
        LocalizedText(zh: "最多 \(count) 个字符", en: "expected at most \(count) character\(count == 1 ? "" : "s")")
    }

    static func bound(_ keyword: String, _ limit: JSONNumber, found: JSONNumber) -> LocalizedText {
        let (zh, en): (String, String)
        switch keyword {
        case "exclusiveMinimum": (zh, en) = ("大于 \(limit.literal) 的数", "a number greater than \(limit.literal)")
        case "minimum": (zh, en) = ("不小于 \(limit.literal) 的数", "a number of at least \(limit.literal)")
        case "exclusiveMaximum": (zh, en) = ("小于 \(limit.literal) 的数", "a number less than \(limit.literal)")
        default: (zh, en) = ("不大于 \(limit.literal) 的数", "a number of at most \(limit.literal)")
        }
        return LocalizedText(zh: "应为\(zh)，实际为 \(found.literal)", en: "expected \(en), found \(found.literal)")
    }

    static func dateFormat(found value: JSONValue) -> LocalizedText {
        expected(LocalizedText(zh: "YYYY-MM-DD 格式的日期", en: "a date YYYY-MM-DD"), found: value)
    }

    static func invalidDate(_ text: String) -> LocalizedText {
        LocalizedText(zh: "\"\(text)\" 不是有效日期", en: "\"\(text)\" is not a valid date")
    }

    static func minimumItems(_ count: Int) -> LocalizedText {
        LocalizedText(zh: "至少应有 \(count) 项", en: "expected at least \(count) item\(count == 1 ? "" : "s")")
    }

    static func maximumItems(_ count: Int) -> LocalizedText {
        LocalizedText(zh: "最多 \(count) 项", en: "expected at most \(count) item\(count == 1 ? "" : "s")")
    }

    static func constant(_ value: JSONValue, found: JSONValue) -> LocalizedText {
        expected(describe(value), found: found)
    }

    static let notAllowed = LocalizedText(zh: "不允许出现", en: "is not allowed here")
}
