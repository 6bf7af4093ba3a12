/// An expression inside `{{ … }}` or a statement, as parsed.
///
/// Every case that can fail at render time carries the byte offset of its source, so a
/// failure deep inside a filter chain still points at the right column.
indirect enum Expression: Sendable {
    case literal(TemplateValue)
    case name(String, offset: Int)
    case attribute(Expression, String, offset: Int)
    case item(Expression, Expression, offset: Int)
    case slice(Expression, start: Expression?, stop: Expression?, step: Expression?, offset: Int)
    case list([Expression])
    case dictionary([(key: Expression, value: Expression)])
    case negate(Expression, offset: Int)
    case plus(Expression, offset: Int)
    case not(Expression)
    case binary(BinaryOperator, Expression, Expression, offset: Int)
    case and(Expression, Expression)
    case or(Expression, Expression)
    case compare(Expression, [(op: ComparisonOperator, operand: Expression, offset: Int)])
    case concat([Expression], offset: Int)
    case conditional(condition: Expression, then: Expression, otherwise: Expression?)
    case filter(Expression, FilterCall)
    case test(Expression, TestCall)
    case call(Expression, Arguments, offset: Int)
}

enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//", modulo = "%", power = "**"
}

enum ComparisonOperator: String, Sendable {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case `in` = "in", notIn = "not in"
}

/// Positional and keyword arguments of a call, filter or test, as expressions.
struct Arguments: Sendable {
    var positional: [Expression] = []
    var keyword: [(name: String, value: Expression)] = []

    var isEmpty: Bool { positional.isEmpty && keyword.isEmpty }
}

/// A filter application resolved at compile time, so rendering never looks names up.
struct FilterCall: Sendable {
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

/// A test application (`is odd`), resolved at compile time.
struct TestCall: Sendable {
    let name: String
    let function: TestFunction
    let arguments: Arguments
    let negated: Bool
    let offset: Int
}
