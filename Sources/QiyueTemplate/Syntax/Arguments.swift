/// Positional and keyword arguments of a call, filter or test, as expressions.
struct Arguments: Sendable {
    var positional: [Expression] = []
    var keyword: [(name: String, value: Expression)] = []

    var isEmpty: Bool { positional.isEmpty && keyword.isEmpty }
}
