/// `{% break %}` and `{% continue %}` on their way to the loop around them. The parser
/// allows them only directly in a loop's body, so the loop always catches them.
enum LoopControl: Error {
    case `break`
    case `continue`
}
