/// `{% macro name(a, b=1) %}…{% endmacro %}`.
struct MacroDefinition: Sendable {
    let name: String
    let parameters: [(name: String, defaultValue: Expression?)]
    let body: [Node]
    let offset: Int
    /// Whether the body mentions `caller`, `varargs` or `kwargs`, which changes what a call accepts.
    let usesCaller: Bool
}
