/// `{% for target in iterable if condition %}…{% else %}…{% endfor %}`.
///
/// A class so that executing the loop shares the node instead of copying its fields.
final class ForLoop: Sendable {
    let target: AssignTarget
    let iterable: Expression
    let condition: Expression?
    let body: [Node]
    let otherwise: [Node]
    let recursive: Bool
    let offset: Int

    init(target: AssignTarget, iterable: Expression, condition: Expression?, body: [Node], otherwise: [Node], recursive: Bool, offset: Int) {
        self.target = target
        self.iterable = iterable
        self.condition = condition
        self.body = body
        self.otherwise = otherwise
        self.recursive = recursive
        self.offset = offset
    }
}
