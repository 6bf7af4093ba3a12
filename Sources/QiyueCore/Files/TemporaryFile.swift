import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A new file beside a destination, opened for writing, that nobody else can have planted.
///
/// The name is `.qiyue-PID-RANDOM.tmp`, random and of fixed length: it does not grow with
/// the destination's name (a 248-byte name still leaves room under the 255-byte limit),
/// cannot be guessed in advance, and is created with `O_CREAT | O_EXCL | O_NOFOLLOW`, so a
/// file or symbolic link another user placed in a shared directory makes the open fail and
/// a fresh name is tried; it is never followed or truncated.
public struct TemporaryFile {
    public let path: String
    public let descriptor: Int32

    static let prefix = ".qiyue-"
    static let suffix = ".tmp"
    private static let attempts = 16

    /// Creates the temporary file in `directory`; throws the `errno` of the last attempt.
    public static func create(in directory: String) throws -> TemporaryFile {
        StaleTemporaryFiles.removeOnce(in: directory)
        var lastError: Int32 = EEXIST
        for _ in 0..<attempts {
            let path = (directory as NSString).appendingPathComponent(name())
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return TemporaryFile(path: path, descriptor: descriptor) }
            lastError = errno
            if lastError != EEXIST && lastError != ELOOP { break }
        }
        throw POSIXError(POSIXErrorCode(rawValue: lastError) ?? .EIO)
    }

    /// A fresh name of our own pattern: the process id (so stale files can be told apart
    /// from those of a run still writing) and 64 random bits.
    static func name() -> String {
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let padded = String(repeating: "0", count: 16 - random.count) + random
        return "\(prefix)\(getpid())-\(padded)\(suffix)"
    }

    /// The process id in a name of our pattern, or nil for any other name.
    static func ownerProcess(ofName name: String) -> pid_t? {
        guard name.hasPrefix(prefix), name.hasSuffix(suffix) else { return nil }
        let middle = name.dropFirst(prefix.count).dropLast(suffix.count)
        let parts = middle.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 16, parts[1].allSatisfy(\.isHexDigit),
              let pid = pid_t(parts[0]), pid > 0 else { return nil }
        return pid
    }

    /// Writes all of `bytes`, retrying short writes and interruptions.
    public func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard var address = bytes.baseAddress else { return true }
        var remaining = bytes.count
        while remaining > 0 {
            let result = Glibc.write(descriptor, address, remaining)
            if result < 0 {
                if errno == EINTR { continue }
                return false
            }
            address += result
            remaining -= result
        }
        return true
    }

    /// Closes and removes the file after a failure.
    public func discard() {
        close(descriptor)
        unlink(path)
    }
}
