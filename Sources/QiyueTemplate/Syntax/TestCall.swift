/// A test application (`is odd`), resolved at compile time.
///
/// A class, like the other larger syntax nodes, so that rendering passes one reference
/// around instead of copying (and reference-counting) every field.
final class TestCall: Sendable {
    let name: String
    let function: TestFunction
    let arguments: Arguments
    let negated: Bool
    let offset: Int

    init(name: String, function: @escaping TestFunction, arguments: Arguments, negated: Bool, offset: Int) {
        self.name = name
        self.function = function
        self.arguments = arguments
        self.negated = negated
        self.offset = offset
    }
}
