import Foundation
import QiyueCore
#if canImport(Glibc)
import Glibc
#endif

/// Reads and appends to a register file under an advisory lock.
///
/// Appends take an exclusive `flock` on the register itself, re-read it under the lock,
/// cut off an incomplete last line left by an interrupted append, write the new line with
/// one `write` and `fsync` it before the lock is released. Two bureaus' clerks adding at
/// once therefore queue instead of interleaving, and a crash at any moment leaves either
/// the old register or the old register plus a partial line that the next append removes.
public enum RegisterStore {
    /// Registers larger than this are refused rather than read whole.
    public static let maximumSize = 512 << 20

    /// What an append did.
    public struct Appended: Sendable {
        public var entry: RegisterEntry
        /// The incomplete last line removed before appending, if there was one.
        public var recovered: RegisterContents.TornTail?
    }

    /// Reads the register under a shared lock, leaving the file as it is.
    public static func read(_ path: String) throws(RegisterError) -> RegisterContents {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw .missing(path: path) }
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        _ = flock(descriptor, LOCK_SH)
        return RegisterContents(path: path, bytes: try readAll(descriptor, path: path))
    }

    /// Appends the entry `make` builds from the current contents (numbered, chained and
    /// sealed here). `make` runs under the lock, so it sees every earlier append.
    public static func append(_ path: String, make: (RegisterContents) throws -> RegisterEntry) throws -> Appended {
        let existed = FileManager.default.fileExists(atPath: path)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw RegisterError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else { throw RegisterError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        let contents = RegisterContents(path: path, bytes: try readAll(descriptor, path: path), parsingEntries: false)
        var clean = contents
        let recovered = contents.tornTail
        if recovered != nil { clean.tornTail = nil }
        let verification = RegisterVerifier().verify(clean)
        if let problem = verification.problem { throw RegisterError.broken(path: path, problem: problem) }
        var entry = try make(clean)
        entry.sequence = verification.entryCount + 1
        entry.previous = verification.headHash
        let (line, hash) = EntryLine.seal(entry)
        entry.hash = hash
        if recovered != nil, ftruncate(descriptor, off_t(contents.completeLength)) != 0 {
            throw RegisterError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        try write(line + [UInt8(ascii: "\n")], to: descriptor, at: contents.completeLength, path: path)
        guard fsync(descriptor) == 0 else { throw RegisterError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        if !existed { syncDirectory(of: path) }
        return Appended(entry: entry, recovered: recovered)
    }

    private static func readAll(_ descriptor: Int32, path: String) throws(RegisterError) -> [UInt8] {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        let size = Int(status.st_size)
        guard size <= maximumSize else { throw .tooLarge(path: path, bytes: size) }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, size - done, off_t(done)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            done += count
        }
        return Array(bytes[0..<done])
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32, at offset: Int, path: String) throws {
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + done, bytes.count - done, off_t(offset + done)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw RegisterError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
            done += count
        }
    }

    /// Makes a newly created register's directory entry durable too.
    private static func syncDirectory(of path: String) {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }
}
