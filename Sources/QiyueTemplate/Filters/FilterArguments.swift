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
