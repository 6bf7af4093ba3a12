import Foundation

/// One folder of files compiled into the binary: the rule pack, the project schema, the
/// catalogue, the glossary, the standard templates.
///
/// A single `qiyue` file has to work on a machine with no toolchain and no build folder, so
/// nothing it needs can live in a resource bundle beside it. The `EmbedResources` build-tool
/// plugin turns each resource folder of a target into a generated source that defines one of
/// these values (`EmbeddedResourceFolder.resources`, `.templates`, …) holding every file's
/// bytes; the bytes are decoded only when a file is asked for. Asking for a file the folder
/// does not hold is an `EmbeddedResourceError`, never a trap.
public struct EmbeddedResourceFolder: Sendable {
    /// The folder as it was named in the package (`Sources/QiyueReview/Resources`), for messages.
    public let name: String
    /// Each file's path inside the folder (`/`-separated) and its bytes in base64, which keeps
    /// the generated source a handful of string literals the compiler reads quickly.
    private let encoded: [String: String]

    public init(name: String, files: [(path: String, base64: String)]) {
        self.name = name
        var encoded: [String: String] = [:]
        for file in files { encoded[file.path] = file.base64 }
        self.encoded = encoded
    }

    /// The paths of every file in the folder, sorted.
    public var paths: [String] { encoded.keys.sorted() }

    /// Whether the folder holds `path`.
    public func contains(_ path: String) -> Bool { encoded[path] != nil }

    /// The bytes of the file at `path`.
    public func data(_ path: String) throws(EmbeddedResourceError) -> Data {
        guard let base64 = encoded[path] else { throw EmbeddedResourceError(folder: name, path: path, reason: .missing) }
        guard let data = Data(base64Encoded: base64) else { throw EmbeddedResourceError(folder: name, path: path, reason: .damaged) }
        return data
    }

    /// The text of the file at `path`, which must be UTF-8.
    public func text(_ path: String) throws(EmbeddedResourceError) -> String {
        guard let text = String(data: try data(path), encoding: .utf8) else {
            throw EmbeddedResourceError(folder: name, path: path, reason: .damaged)
        }
        return text
    }
}
