import QiyueCore

/// An error inside the engine before it knows which template file to blame.
///
/// Lexer, parser, filters and the renderer throw this with a byte offset into the current
/// template; the template boundary turns it into a `TemplateError` with line, column and
/// the source line, in the configured language.
struct RenderFailure: Error {
    var message: LocalizedText
    /// The byte offset in the template source; `nil` until a caller that knows it fills it in.
    var offset: Int?
    var length: Int = 1
    var notes: [LocalizedText] = []
    /// Set when the failure is the use of an undefined value, so suggestions can be added.
    var undefined: UndefinedValue?
    /// Set when a loader found no template of the name, which `include ignore missing` forgives.
    var isMissingTemplate = false

    init(_ message: LocalizedText, offset: Int? = nil, length: Int = 1, notes: [LocalizedText] = []) {
        self.message = message
        self.offset = offset
        self.length = length
        self.notes = notes
    }

    init(zh: String, en: String, offset: Int? = nil) {
        self.init(LocalizedText(zh: zh, en: en), offset: offset)
    }

    /// The failure of using a value the data does not define.
    static func undefined(_ value: UndefinedValue) -> RenderFailure {
        var failure = RenderFailure(
            zh: "未定义的变量“\(value.path)”", en: "undefined variable '\(value.path)'", offset: value.offset)
        failure.length = value.path.count
        failure.undefined = value
        return failure
    }

    /// A value of the wrong kind for an operation, e.g. a filter applied to a number.
    static func type(_ zh: String, _ en: String) -> RenderFailure {
        RenderFailure(zh: zh, en: en)
    }

    /// Returns the failure with an offset, keeping one that is already more precise.
    func at(_ position: Int) -> RenderFailure {
        var copy = self
        if copy.offset == nil { copy.offset = position }
        return copy
    }
}
