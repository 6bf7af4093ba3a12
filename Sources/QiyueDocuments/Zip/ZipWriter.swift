import Foundation

/// Builds a ZIP archive in memory, the container format of every Office Open XML file.
///
/// We write our own archive instead of shelling out to `zip` so that output is byte-for-byte
/// reproducible: every entry carries the same fixed DOS timestamp, entries keep the order they
/// were added in, and no host-specific extra fields are written. Entries are deflated with
/// zlib (raw deflate, window bits −15, as the ZIP format requires) unless they are so small or
/// so incompressible that storing them is smaller. ZIP64 is not supported: archives or entries
/// beyond 4 GiB are refused with `ZipWriterError.tooLarge` rather than written corrupt.
public struct ZipWriter: Sendable {
    /// The DOS date of 1980-01-01, the earliest a ZIP can express; used for every entry so that
    /// writing the same document twice yields identical bytes.
    static let fixedDOSDate: UInt16 = (0 << 9) | (1 << 5) | 1
    static let fixedDOSTime: UInt16 = 0
    /// Entries shorter than this are stored: deflate's block header would outweigh any gain.
    static let minimumDeflateSize = 64

    private var entries: [ZipEntryRecord] = []
    private var body = Data()
    private var names: Set<String> = []
    private var totalSize = 0
    /// What the archive may hold: by default what `ZipReader` reads back, so nothing we
    /// write is a file our own readers refuse.
    public var limits: ZipLimits = .default
    /// The zlib compression level, 1 (fastest) to 9 (smallest).
    public var compressionLevel: Int32

    public init(compressionLevel: Int32 = 6) {
        self.compressionLevel = compressionLevel
    }

    /// Appends one file. Names use forward slashes and must be unique and relative.
    public mutating func add(_ name: String, data: Data) throws {
        try admit(name, size: data.count)
        let crc = ZipChecksum.crc32(data)
        var method: UInt16 = 0
        var payload = data
        if data.count >= Self.minimumDeflateSize, let deflated = RawDeflate.compress(data, level: compressionLevel), deflated.count < data.count {
            method = 8
            payload = deflated
        }
        try append(name, method: method, crc32: crc, payload: payload, uncompressedSize: data.count)
    }

    /// Checks a new entry's name and size, and reserves the name.
    mutating func admit(_ name: String, size: Int) throws {
        guard !name.isEmpty, !name.hasPrefix("/"), !name.split(separator: "/").contains("..") else {
            throw ZipWriterError.invalidName(name)
        }
        guard names.insert(name).inserted else { throw ZipWriterError.duplicateName(name) }
        guard entries.count < Int(UInt16.max) else { throw ZipWriterError.tooManyEntries }
        guard size <= Int(UInt32.max) else { throw ZipWriterError.tooLarge(name) }
        guard size <= limits.maximumEntryUncompressedSize else { throw ZipWriterError.beyondReadLimit(name, limit: limits.maximumEntryUncompressedSize) }
        totalSize += size
        guard totalSize <= limits.maximumTotalUncompressedSize else {
            throw ZipWriterError.beyondReadLimit(name, limit: limits.maximumTotalUncompressedSize)
        }
    }

    /// Writes an admitted entry whose payload is already in its stored form (`method` 0 or 8).
    mutating func append(_ name: String, method: UInt16, crc32 crc: UInt32, payload: Data, uncompressedSize: Int) throws {
        let offset = body.count
        guard offset <= Int(UInt32.max), payload.count <= Int(UInt32.max) else { throw ZipWriterError.tooLarge(name) }
        let record = ZipEntryRecord(
            name: Data(name.utf8), isUTF8: name.utf8.contains { $0 >= 0x80 }, method: method, crc32: crc,
            compressedSize: UInt32(payload.count), uncompressedSize: UInt32(uncompressedSize), localHeaderOffset: UInt32(offset)
        )
        body.append(record.localHeader())
        body.append(payload)
        entries.append(record)
    }

    /// Appends a UTF-8 text file.
    public mutating func add(_ name: String, text: String) throws {
        try add(name, data: Data(text.utf8))
    }

    /// The finished archive: the entries, then the central directory and its end record.
    public func finish() throws -> Data {
        var archive = body
        let directoryOffset = archive.count
        for entry in entries { archive.append(entry.centralDirectoryHeader()) }
        let directorySize = archive.count - directoryOffset
        guard archive.count <= Int(UInt32.max) else { throw ZipWriterError.tooLarge("central directory") }
        var end = LittleEndianData()
        end.append32(0x0605_4b50)
        end.append16(0)  // number of this disk
        end.append16(0)  // disk where the central directory starts
        end.append16(UInt16(entries.count))
        end.append16(UInt16(entries.count))
        end.append32(UInt32(directorySize))
        end.append32(UInt32(directoryOffset))
        end.append16(0)  // comment length
        archive.append(end.data)
        return archive
    }
}

/// Why an archive could not be written.
public enum ZipWriterError: Error, Equatable, CustomStringConvertible {
    case invalidName(String)
    case duplicateName(String)
    case tooManyEntries
    /// An entry or the archive would exceed 4 GiB, which needs ZIP64 (not supported).
    case tooLarge(String)
    /// An entry, or the archive up to it, would be larger than our readers accept (`ZipLimits`).
    case beyondReadLimit(String, limit: Int)

    public var description: String {
        switch self {
        case let .invalidName(name): return "invalid ZIP entry name '\(name)'"
        case let .duplicateName(name): return "duplicate ZIP entry '\(name)'"
        case .tooManyEntries: return "more than 65,535 ZIP entries need ZIP64, which is not supported"
        case let .tooLarge(name): return "'\(name)' would exceed 4 GiB, which needs ZIP64 (not supported)"
        case let .beyondReadLimit(name, limit): return "'\(name)' would exceed \(limit >> 20) MiB, more than a DOCX reader accepts"
        }
    }
}
