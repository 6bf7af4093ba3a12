/// `{% macro name(a, b=1) %}…{% endmacro %}`, and the body of a `{% call %}` block.
///
/// A class so that macro values and calls share the definition instead of copying it.
final class MacroDefinition: Sendable {
    let name: String
    let parameters: [(name: String, defaultValue: Expression?)]
    let body: [Node]
    let offset: Int

    init(name: String, parameters: [(name: String, defaultValue: Expression?)], body: [Node], offset: Int) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.offset = offset
    }
}
