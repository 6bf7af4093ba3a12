#if canImport(Glibc)
import Glibc
#endif

/// A file as the kernel knows it: device and inode.
///
/// Two paths name the same file exactly when their identities are equal, whatever the
/// spelling (`./a`, `dir/../a`, a symbolic link, a hard link). This is what "never write
/// over an input" and "never walk a directory twice" compare, never the path text.
public struct FileIdentity: Hashable, Sendable {
    public let device: UInt64
    public let inode: UInt64

    public init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }

    /// The identity of the file `path` names after following symbolic links; nil when it does not exist.
    public init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The identity of the link itself when `path` is a symbolic link; nil when nothing is there.
    public init?(linkAt path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
