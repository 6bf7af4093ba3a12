/// Reading filter arguments as the Python types the filters expect.
extension Optional where Wrapped == TemplateValue {
    func int(_ defaultValue: Int, _ name: String) throws -> Int {
        guard let value = self else { return defaultValue }
        if let number = ValueAccess.integerIndex(value) { return number }
        if case let .double(number) = value, number.isFinite, abs(number) < 1e18 { return Int(number) }
        throw RenderFailure.type("参数“\(name)”必须是整数", "argument '\(name)' must be an integer, not '\(value.kindName)'")
    }

    func bool(_ defaultValue: Bool) throws -> Bool {
        guard let value = self else { return defaultValue }
        return try value.truthy()
    }

    func string(_ defaultValue: String, _ name: String) throws -> String {
        guard let value = self else { return defaultValue }
        if let text = value.stringContent { return text }
        if case let .undefined(undefined) = value { throw RenderFailure.undefined(undefined) }
        throw RenderFailure.type("参数“\(name)”必须是字符串", "argument '\(name)' must be a string, not '\(value.kindName)'")
    }

    /// The argument, treating an explicit `none` as not given (Python's `x=None` defaults).
    var nonNone: TemplateValue? {
        if case .none? = self { return nil }
        return self
    }

    /// A string argument that may also be `none`.
    func optionalString(_ name: String) throws -> String? {
        guard let value = self else { return nil }
        if case .none = value { return nil }
        return try Optional(value).string("", name)
    }
}

extension TemplateValue {
    /// The text of a string-like value; other values as `str()`; undefined is a strict error.
    func text() throws -> String {
        if case let .undefined(undefined) = self { throw RenderFailure.undefined(undefined) }
        return PythonText.str(self) ?? ""
    }

    /// Wraps `text` as markup when `self` is markup, so string filters keep safeness.
    func sameKind(_ text: String) -> TemplateValue {
        if case .markup = self { return .markup(text) }
        return .string(text)
    }

    func requireDefined() throws {
        if case let .undefined(undefined) = self { throw RenderFailure.undefined(undefined) }
    }
}
