import Foundation

extension EmbeddedResourceFolder {
    /// A built-in file decoded once, kept as a result rather than a value so that a file the
    /// build left out or damaged becomes an error the caller can report, not a crash inside
    /// a static initialiser.
    public func decoded<Value>(_ path: String, _ decode: (Data) throws -> Value) -> Result<Value, EmbeddedResourceError> {
        let data: Data
        do {
            data = try self.data(path)
        } catch {
            return .failure(error)
        }
        guard let value = try? decode(data) else {
            return .failure(EmbeddedResourceError(folder: name, path: path, reason: .damaged))
        }
        return .success(value)
    }
}
