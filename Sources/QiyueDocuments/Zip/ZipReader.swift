import Foundation

/// A read-only ZIP archive that refuses anything a hostile file could use against us.
///
/// DOCX files arrive from outside (a developer's lawyer, an email attachment), so the
/// reader treats every number in the archive as untrusted: the central directory is
/// checked against `ZipLimits` before anything is inflated, names that could escape a
/// directory are refused, each entry inflates into a buffer of exactly its declared size
/// (so it cannot grow beyond it), and its CRC-32 is verified. Every failure is a
/// `DocumentReadError` that says what was wrong, never a trap.
public struct ZipReader: Sendable {
    /// The entries in central-directory order.
    public let entries: [ZipEntry]
    let bytes: [UInt8]
    let limits: ZipLimits
    private let entryIndex: [String: Int]

    public init(data: Data, limits: ZipLimits = .default) throws {
        let bytes = [UInt8](data)
        let entries = try Self.readCentralDirectory(LittleEndianReader(bytes: bytes), limits: limits)
        var index: [String: Int] = [:]
        var keys: [String: String] = [:]
        for (position, entry) in entries.enumerated() {
            guard index.updateValue(position, forKey: entry.name) == nil else {
                throw DocumentReadError(zh: "压缩包中有重名条目“\(entry.name)”", en: "the archive lists the entry \"\(entry.name)\" twice")
            }
            if let other = keys.updateValue(entry.name, forKey: Self.partKey(entry.name)) {
                throw DocumentReadError(zh: "压缩包中的条目“\(other)”与“\(entry.name)”仅大小写不同，是同一部件",
                                        en: "the archive entries \"\(other)\" and \"\(entry.name)\" differ only in case, which makes them one part")
            }
        }
        self.bytes = bytes
        self.entries = entries
        self.limits = limits
        self.entryIndex = index
    }

    /// The entry with this exact name, if the archive has one.
    public func entry(named name: String) -> ZipEntry? {
        entryIndex[name].map { entries[$0] }
    }

    /// The inflated, CRC-checked contents of the named entry; `nil` when there is no such entry.
    public func contents(ofEntryNamed name: String) throws -> [UInt8]? {
        guard let entry = entry(named: name) else { return nil }
        return try contents(of: entry)
    }

    /// The inflated, CRC-checked contents of `entry`.
    public func contents(of entry: ZipEntry) throws -> [UInt8] {
        try ownedContents(of: entry).array
    }

    /// The inflated, CRC-checked contents of the named entry without copying them into an
    /// array; `nil` when there is no such entry.
    func ownedContents(ofEntryNamed name: String) throws -> OwnedBytes? {
        guard let entry = entry(named: name) else { return nil }
        return try ownedContents(of: entry)
    }

    /// The inflated, CRC-checked contents of `entry`, in memory the caller can read by pointer.
    func ownedContents(of entry: ZipEntry) throws -> OwnedBytes {
        let range = try compressedRange(of: entry)
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else {
                throw DocumentReadError(zh: "未压缩条目的大小记录不一致", en: "a stored entry's sizes disagree", part: entry.name)
            }
            let output = OwnedBytes(copying: bytes[range])
            guard ZipInflater.crc32(output.buffer) == entry.crc32 else { throw ZipInflater.crcMismatch.inPart(entry.name) }
            return output
        case 8:
            // The inflater checks the CRC-32 as it goes.
            let output = OwnedBytes(uninitializedCount: entry.uncompressedSize)
            if let error = bytes.withUnsafeBufferPointer({ ZipInflater.inflate(UnsafeBufferPointer(rebasing: $0[range]), into: output, expectedCRC: entry.crc32) }) {
                throw error.inPart(entry.name)
            }
            return output
        default:
            throw DocumentReadError(
                zh: "不支持的压缩方法 \(entry.method)（仅支持存储和 Deflate）",
                en: "unsupported compression method \(entry.method) (only stored and deflate are supported)",
                part: entry.name
            )
        }
    }

    /// A deflated entry inflating on a thread of its own, for a caller that reads what is ready
    /// while the rest is made; `nil` for a stored entry, which `ownedContents` copies at once.
    /// The CRC-32 is checked when the inflation ends (`ZipStreamingInflation.waitUntilFinished`).
    func streamingContents(of entry: ZipEntry, chunkSize: Int = 1 << 20) throws -> ZipStreamingInflation? {
        let range = try compressedRange(of: entry)
        guard entry.method == 8 else { return nil }
        return ZipStreamingInflation(
            archive: bytes, range: range, expectedSize: entry.uncompressedSize, expectedCRC: entry.crc32, entryName: entry.name, chunkSize: chunkSize
        )
    }

    /// Where the entry's compressed data lies in the archive, after the checks every read makes.
    private func compressedRange(of entry: ZipEntry) throws -> Range<Int> {
        guard !entry.isEncrypted else {
            throw DocumentReadError(zh: "条目已加密，无法读取", en: "the entry is encrypted and cannot be read", part: entry.name)
        }
        let reader = LittleEndianReader(bytes: bytes)
        let dataStart = try Self.dataOffset(of: entry, in: reader)
        guard reader.slice(at: dataStart, count: entry.compressedSize) != nil else {
            throw DocumentReadError(zh: "压缩包被截断：条目数据不完整", en: "the archive is truncated: the entry's data is incomplete", part: entry.name)
        }
        return dataStart ..< dataStart + entry.compressedSize
    }
}
