import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Removes temporary files that a killed run of ours left behind.
///
/// Only files of our own name pattern are touched, and only when they are regular files
/// owned by this user whose writing process no longer exists, so a run still writing, a
/// file of another user or anything that merely looks similar is left alone. Each
/// directory is swept once per process: a batch of thousands of files pays for one scan.
enum StaleTemporaryFiles {
    private static let swept = SweptDirectories()

    static func removeOnce(in directory: String) {
        guard swept.insert(directory) else { return }
        remove(in: directory)
    }

    /// Sweeps `directory` now; returns the names removed.
    @discardableResult
    static func remove(in directory: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var removed: [String] = []
        for name in names {
            guard let pid = TemporaryFile.ownerProcess(ofName: name), pid != getpid(), !isRunning(pid) else { continue }
            let path = (directory as NSString).appendingPathComponent(name)
            var status = stat()
            guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_uid == geteuid() else { continue }
            if unlink(path) == 0 { removed.append(name) }
        }
        return removed
    }

    private static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}

/// The directories already swept in this process.
private final class SweptDirectories: @unchecked Sendable {
    private let lock = NSLock()
    private var directories: Set<String> = []

    /// Records `directory`; false when it was already there.
    func insert(_ directory: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return directories.insert(directory).inserted
    }
}
