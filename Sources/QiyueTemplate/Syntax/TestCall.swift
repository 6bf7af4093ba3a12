/// A test application (`is odd`), resolved at compile time.
struct TestCall: Sendable {
    let name: String
    let function: TestFunction
    let arguments: Arguments
    let negated: Bool
    let offset: Int
}
