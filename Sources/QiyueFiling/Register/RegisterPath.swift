import Foundation

/// Paths of registered files, kept relative to the register so that a register and the
/// agreements beside it can be copied or moved together.
public enum RegisterPath {
    /// `file` relative to the directory holding `register` (with `..` where needed).
    public static func relative(_ file: String, toRegister register: String) -> String {
        let base = components(URL(fileURLWithPath: register).deletingLastPathComponent().path)
        let target = components(file)
        var shared = 0
        while shared < base.count, shared < target.count, base[shared] == target[shared] { shared += 1 }
        let ups = Array(repeating: "..", count: base.count - shared)
        let rest = Array(target[shared...])
        let joined = (ups + rest).joined(separator: "/")
        return joined.isEmpty ? "." : joined
    }

    /// A stored path resolved against the register's directory.
    public static func resolve(_ stored: String, register: String) -> String {
        if stored.hasPrefix("/") { return stored }
        return URL(fileURLWithPath: register).deletingLastPathComponent().appendingPathComponent(stored).standardizedFileURL.path
    }

    private static func components(_ path: String) -> [String] {
        URL(fileURLWithPath: path).standardizedFileURL.path.split(separator: "/").map(String.init)
    }
}
