/// Bounds on what a compound file ([MS-CFB]) may make us read or allocate.
///
/// A `.doc` arrives from an unknown sender like a `.docx` does: sector chains can loop,
/// sizes can claim gigabytes, the directory can be endless. Every chain is walked at most
/// once per sector the file has, and every stream is capped.
public struct CompoundFileLimits: Sendable, Hashable {
    /// The largest file accepted.
    public var maximumFileSize: Int
    /// The largest stream read (the WordDocument stream of a long agreement is a few megabytes).
    public var maximumStreamSize: Int
    /// The most directory entries read.
    public var maximumDirectoryEntries: Int

    public init(maximumFileSize: Int = 256 << 20, maximumStreamSize: Int = 128 << 20, maximumDirectoryEntries: Int = 100_000) {
        self.maximumFileSize = maximumFileSize
        self.maximumStreamSize = maximumStreamSize
        self.maximumDirectoryEntries = maximumDirectoryEntries
    }

    public static let `default` = CompoundFileLimits()
}
