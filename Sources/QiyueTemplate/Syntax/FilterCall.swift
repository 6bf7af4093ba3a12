/// A filter application resolved at compile time, so rendering never looks names up.
///
/// A class so that each application shares one node instead of copying its fields.
final class FilterCall: Sendable {
    let name: String
    let function: FilterFunction
    let arguments: Arguments
    let offset: Int
    /// The arguments already evaluated when all are literals (`truncate(60)`, `default('无')`),
    /// so rendering does not rebuild them on every call.
    let constantArguments: FilterArguments?

    init(name: String, function: @escaping FilterFunction, arguments: Arguments, offset: Int) {
        self.name = name
        self.function = function
        self.arguments = arguments
        self.offset = offset
        func literal(_ expression: Expression) -> TemplateValue? {
            if case let .literal(value) = expression { return value }
            return nil
        }
        let positional = arguments.positional.compactMap(literal)
        let keyword = arguments.keyword.compactMap { pair in literal(pair.value).map { (name: pair.name, value: $0) } }
        if positional.count == arguments.positional.count, keyword.count == arguments.keyword.count {
            constantArguments = FilterArguments(positional: positional, keyword: keyword)
        } else {
            constantArguments = nil
        }
    }
}
