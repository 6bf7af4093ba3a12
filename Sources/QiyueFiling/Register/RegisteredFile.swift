import QiyueCore

/// The agreement file an entry is about: where it was, and its identity by digest.
public struct RegisteredFile: Sendable, Hashable {
    /// The path relative to the register's directory when the file lies under it, so a
    /// register and its agreements can move together; absolute otherwise.
    public var path: String
    public var digest: FileDigest

    public init(path: String, digest: FileDigest) {
        self.path = path
        self.digest = digest
    }

    var json: JSONValue {
        .orderedObject([
            ("path", .string(path)), ("bytes", .number(digest.bytes)),
            ("sm3", .string(digest.sm3)), ("sha256", .string(digest.sha256)),
        ])
    }

    init?(_ node: JSONNode?) {
        guard let node, let path = node["path"]?.value.stringValue, let sm3 = node["sm3"]?.value.stringValue else { return nil }
        self.init(path: path, digest: FileDigest(bytes: node["bytes"].count, sm3: sm3,
                                                 sha256: node["sha256"]?.value.stringValue ?? ""))
    }
}
