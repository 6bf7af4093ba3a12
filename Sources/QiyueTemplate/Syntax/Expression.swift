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
