/// Bounds on what a ZIP archive may make us allocate or decompress.
///
/// A DOCX is a ZIP file from an unknown sender. Without limits a few kilobytes can claim
/// gigabytes of output (a "zip bomb") or millions of entries; every limit turns such a
/// file into a clear error before the memory is spent.
public struct ZipLimits: Sendable, Hashable {
    /// The most bytes all entries together may inflate to (declared sizes are checked up front).
    public var maximumTotalUncompressedSize: Int
    /// The most bytes one entry may inflate to.
    public var maximumEntryUncompressedSize: Int
    /// The highest uncompressed/compressed ratio accepted for entries above `ratioCheckThreshold`.
    public var maximumCompressionRatio: Int
    /// Entries smaller than this are never refused for their ratio: tiny repetitive XML parts compress very well.
    public var ratioCheckThreshold: Int
    /// The most entries the central directory may list.
    public var maximumEntryCount: Int
    /// The longest entry name accepted, in bytes.
    public var maximumNameLength: Int

    public init(
        maximumTotalUncompressedSize: Int = 256 << 20,
        maximumEntryUncompressedSize: Int = 128 << 20,
        maximumCompressionRatio: Int = 200,
        ratioCheckThreshold: Int = 1 << 20,
        maximumEntryCount: Int = 10_000,
        maximumNameLength: Int = 1_024
    ) {
        self.maximumTotalUncompressedSize = maximumTotalUncompressedSize
        self.maximumEntryUncompressedSize = maximumEntryUncompressedSize
        self.maximumCompressionRatio = maximumCompressionRatio
        self.ratioCheckThreshold = ratioCheckThreshold
        self.maximumEntryCount = maximumEntryCount
        self.maximumNameLength = maximumNameLength
    }

    /// The limits used unless a caller chooses others.
    public static let `default` = ZipLimits()
}
