/// `{% for target in iterable if condition %}…{% else %}…{% endfor %}`.
struct ForLoop: Sendable {
    let target: AssignTarget
    let iterable: Expression
    let condition: Expression?
    let body: [Node]
    let otherwise: [Node]
    let recursive: Bool
    let offset: Int
}
