/// `{% import 'macros.md' as m %}` or `{% from 'macros.md' import bold, item as li %}`.
///
/// As in Jinja2, the imported template runs without the importer's variables unless the
/// statement says `with context`; its output is discarded and its top-level macros and
/// variables become the module's attributes (names starting with `_` stay private).
struct ImportStatement: Sendable {
    let template: Expression
    /// `import … as alias`: the whole module under one name.
    let alias: String?
    /// `from … import`: each exported name and the name it is bound to.
    let names: [(name: String, alias: String)]
    let withContext: Bool
    let offset: Int
}
