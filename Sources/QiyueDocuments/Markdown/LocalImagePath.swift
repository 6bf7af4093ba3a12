import Foundation

/// Where a picture named in a Markdown draft may be read from: only a regular file below the
/// document's own directory, after every symbolic link is resolved.
///
/// Drafts arrive from investors and other offices. An absolute path (`/home/u/id.jpg`), a
/// climb out (`../../x.png`) or a link planted beside the draft would otherwise copy any
/// file this user can read into the DOCX or HTML we write and send back. Devices and pipes
/// are refused too, since reading one could block forever.
public enum LocalImagePath {
    /// The resolved file for `path`, or `nil` when it is absolute, leaves `base`, or is no
    /// existing regular file.
    public static func resolve(_ path: String, inside base: URL) -> URL? {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("~"), !path.contains("\0"),
              let root = realPath(base.path) else { return nil }
        guard let target = realPath(root + "/" + path), target.hasPrefix(root == "/" ? "/" : root + "/") else { return nil }
        var status = stat()
        guard stat(target, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return URL(fileURLWithPath: target)
    }

    /// The file's bytes, or `nil` when it cannot be read or is larger than `maximumBytes`.
    public static func read(_ url: URL, maximumBytes: Int) -> Data? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maximumBytes + 1), data.count <= maximumBytes else { return nil }
        return data
    }

    /// The canonical absolute path with every link resolved, or `nil` when it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
