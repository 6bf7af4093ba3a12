/// The evaluated arguments of a filter call, bound to parameter names as Python binds them.
struct FilterArguments: Sendable {
    var positional: [TemplateValue] = []
    var keyword: [(name: String, value: TemplateValue)] = []

    /// Binds positional then keyword arguments to `parameters` (at most four); an extra
    /// positional argument or an unknown keyword is an error, as in Python.
    func bind(_ filter: String, _ parameters: [String]) throws -> BoundArguments {
        var bound = BoundArguments()
        if positional.isEmpty, keyword.isEmpty { return bound }
        guard positional.count <= parameters.count else {
            throw RenderFailure.type(
                "过滤器“\(filter)”最多接受 \(parameters.count) 个参数，给了 \(positional.count) 个",
                "filter '\(filter)' takes at most \(parameters.count) argument(s) (\(positional.count) given)")
        }
        for (index, value) in positional.enumerated() { bound[index] = value }
        for (name, value) in keyword {
            guard let index = parameters.firstIndex(of: name) else {
                throw RenderFailure.type("过滤器“\(filter)”没有参数“\(name)”", "filter '\(filter)' got an unexpected keyword argument '\(name)'")
            }
            guard bound[index] == nil else {
                throw RenderFailure.type("过滤器“\(filter)”的参数“\(name)”给了两次", "filter '\(filter)' got multiple values for argument '\(name)'")
            }
            bound[index] = value
        }
        return bound
    }
}

/// Up to four bound filter arguments, stored inline so a filter call allocates nothing.
struct BoundArguments {
    private var first, second, third, fourth: TemplateValue?

    subscript(index: Int) -> TemplateValue? {
        get {
            switch index {
            case 0: return first
            case 1: return second
            case 2: return third
            case 3: return fourth
            default: return nil
            }
        }
        set {
            switch index {
            case 0: first = newValue
            case 1: second = newValue
            case 2: third = newValue
            default: fourth = newValue
            }
        }
    }
}

/// What a filter may know about where it runs.
struct FilterContext {
    let autoescape: Bool
    /// The expression the filter is applied to, for messages that name a data path.
    let input: Expression?
    let language: Language
    let outputLimit: Int

    /// The data path of the filtered value (`project.name`), or `value` when it was computed.
    var inputPath: String { input.map(\.path) ?? "value" }
}

import QiyueCore

typealias FilterFunction = @Sendable (TemplateValue, FilterArguments, FilterContext) throws -> TemplateValue
typealias TestFunction = @Sendable (TemplateValue, [TemplateValue]) throws -> Bool
