import Foundation

/// The identity of one file as the register records it: its size, SM3 and SHA-256.
///
/// Both digests are computed in one pass over chunks, so hashing a large agreement reads
/// it once and holds only one chunk in memory.
public struct FileDigest: Sendable, Hashable {
    public var bytes: Int
    public var sm3: String
    public var sha256: String

    public init(bytes: Int, sm3: String, sha256: String) {
        self.bytes = bytes
        self.sm3 = sm3
        self.sha256 = sha256
    }

    /// The digests of bytes already in memory.
    public init(of data: some Collection<UInt8>) {
        self.init(bytes: data.count, sm3: SM3.Hasher.hex(data), sha256: SHA256.Hasher.hex(data))
    }

    /// The digests of the file at `path`, read in chunks; `nil` when it cannot be read.
    public static func file(at path: String, chunkSize: Int = 1 << 20) -> FileDigest? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var sm3 = SM3.Hasher(), sha = SHA256.Hasher()
        var total = 0
        while true {
            let chunk: Data
            do {
                // Foundation answers nil rather than empty data at the end of the file.
                guard let read = try handle.read(upToCount: chunkSize), !read.isEmpty else { break }
                chunk = read
            } catch {
                return nil
            }
            total += chunk.count
            sm3.update(chunk)
            sha.update(chunk)
        }
        return FileDigest(bytes: total, sm3: Hex.string(sm3.finalize()), sha256: Hex.string(sha.finalize()))
    }
}
