/// A batch output file that could not be written.
struct BatchWriteError: Error, CustomStringConvertible {
    let path: String
    let reason: String

    var description: String { "\(path): \(reason)" }
}
