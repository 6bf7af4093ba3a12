import Foundation
import QiyueCore

/// A Compound File Binary container ([MS-CFB]): the file system inside `.doc`, `.xls` and
/// Kingsoft `.wps` files, read far enough to take a named stream out of it.
///
/// The file is a run of sectors; the FAT links each sector to the next of its stream, the
/// DIFAT lists the FAT's own sectors, and small streams live in 64-byte mini sectors inside
/// the root entry's stream. Directory entries are scanned in order rather than walked as a
/// red-black tree, which spares a second structure to validate: only the names matter here.
public struct CompoundFile: Sendable {
    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    static let endOfChain: UInt32 = 0xFFFF_FFFE
    static let freeSector: UInt32 = 0xFFFF_FFFF
    static let maximumRegularSector: UInt32 = 0xFFFF_FFFA

    struct Entry {
        var name: String
        var type: UInt8
        var start: UInt32
        var size: Int
    }

    private let bytes: [UInt8]
    private let limits: CompoundFileLimits
    private let sectorSize: Int
    private let miniSectorSize: Int
    private let miniStreamCutoff: Int
    private var fat: [UInt32] = []
    private var miniFat: [UInt32] = []
    private var miniStream: [UInt8] = []
    private(set) var entries: [Entry] = []

    /// Whether `data` starts with the compound-file signature.
    public static func isCompoundFile(_ data: Data) -> Bool {
        data.count >= 8 && Array(data.prefix(8)) == signature
    }

    public init(data: Data, limits: CompoundFileLimits = .default) throws {
        guard data.count <= limits.maximumFileSize else {
            throw Self.error("文件超过 \(limits.maximumFileSize >> 20) MiB", "the file is larger than \(limits.maximumFileSize >> 20) MiB")
        }
        guard data.count >= 512, Self.isCompoundFile(data) else {
            throw Self.error("不是 Word 97–2003 复合文档（文件头不符）", "not a Word 97–2003 compound file (wrong header)")
        }
        bytes = [UInt8](data)
        self.limits = limits
        let header = FieldReader(bytes: bytes)
        let shift = Int(header.uint16(at: 0x1E))
        guard shift == 9 || shift == 12, header.uint16(at: 0x20) == 6 else {
            throw Self.error("复合文档的扇区大小无效", "the compound file's sector size is invalid")
        }
        sectorSize = 1 << shift
        miniSectorSize = 64
        miniStreamCutoff = Int(header.uint32(at: 0x38))
        fat = try readFat(header)
        let directory = try chain(from: header.uint32(at: 0x30), in: fat, sectorSize: sectorSize) { try sector($0) }
        entries = try readEntries(directory)
        guard let root = entries.first, root.type == 5 else {
            throw Self.error("复合文档缺少根目录项", "the compound file has no root entry")
        }
        miniFat = try littleEndianWords(chain(from: header.uint32(at: 0x3C), in: fat, sectorSize: sectorSize) { try sector($0) })
        miniStream = try Array(chain(from: root.start, in: fat, sectorSize: sectorSize) { try sector($0) }.prefix(root.size))
    }

    /// The contents of the stream named `name` (case-insensitively, as [MS-CFB] compares), or `nil`.
    public func stream(named name: String) throws -> [UInt8]? {
        guard let entry = entries.first(where: { $0.type == 2 && $0.name.lowercased() == name.lowercased() }) else { return nil }
        guard entry.size <= limits.maximumStreamSize else {
            throw Self.error("复合文档中的流 \(name) 超过 \(limits.maximumStreamSize >> 20) MiB", "the stream \(name) is larger than \(limits.maximumStreamSize >> 20) MiB")
        }
        let data: [UInt8]
        if entry.size < miniStreamCutoff {
            data = try chain(from: entry.start, in: miniFat, sectorSize: miniSectorSize, stopAfter: entry.size) { try miniSector($0) }
        } else {
            data = try chain(from: entry.start, in: fat, sectorSize: sectorSize, stopAfter: entry.size) { try sector($0) }
        }
        guard data.count >= entry.size else {
            throw Self.error("复合文档中的流 \(name) 比声明的短", "the stream \(name) is shorter than its directory entry says")
        }
        return Array(data.prefix(entry.size))
    }

    /// Follows a chain of sectors; a chain longer than the table has entries loops, and is refused.
    private func chain(from start: UInt32, in table: [UInt32], sectorSize: Int, stopAfter size: Int = .max, read: (Int) throws -> ArraySlice<UInt8>) throws -> [UInt8] {
        let maximumSteps = (sectorSize == miniSectorSize ? miniStream.count : bytes.count) / sectorSize + 1
        var result: [UInt8] = []
        var current = start
        var steps = 0
        while current != Self.endOfChain, current != Self.freeSector, result.count < size {
            guard current <= Self.maximumRegularSector, Int(current) < table.count else {
                throw Self.error("复合文档的扇区链指向文件之外", "a sector chain of the compound file points outside the file")
            }
            steps += 1
            // No chain can have more sectors than the file (or the mini stream) holds: more steps mean a loop.
            guard steps <= min(table.count, maximumSteps) else { throw Self.error("复合文档的扇区链成环", "a sector chain of the compound file loops") }
            result += try read(Int(current))
            current = table[Int(current)]
        }
        return result
    }

    private func sector(_ index: Int) throws -> ArraySlice<UInt8> {
        let start = (index + 1) * sectorSize
        guard start + sectorSize <= bytes.count else {
            // The last sector of a file may be cut short; what is there is read.
            guard start < bytes.count else { throw Self.error("复合文档的扇区超出文件末尾", "a sector of the compound file lies past its end") }
            return bytes[start...]
        }
        return bytes[start..<start + sectorSize]
    }

    private func miniSector(_ index: Int) throws -> ArraySlice<UInt8> {
        let start = index * miniSectorSize
        guard start + miniSectorSize <= miniStream.count else {
            throw Self.error("复合文档的迷你扇区超出迷你流", "a mini sector of the compound file lies past the mini stream")
        }
        return miniStream[start..<start + miniSectorSize]
    }

    /// The FAT, from the 109 DIFAT entries in the header and the DIFAT sectors chained after it.
    private func readFat(_ header: FieldReader) throws -> [UInt32] {
        let sectorCount = bytes.count / sectorSize
        var fatSectors: [UInt32] = (0..<109).map { header.uint32(at: 0x4C + $0 * 4) }
        var difat = header.uint32(at: 0x44)
        var visited = 0
        let perSector = sectorSize / 4 - 1
        while difat <= Self.maximumRegularSector {
            visited += 1
            guard visited <= sectorCount else { throw Self.error("复合文档的 DIFAT 链成环", "the compound file's DIFAT chain loops") }
            let words = try littleEndianWords(Array(sector(Int(difat))))
            fatSectors += words.prefix(perSector)
            difat = words.count > perSector ? words[perSector] : Self.endOfChain
        }
        var fat: [UInt32] = []
        for index in fatSectors where index <= Self.maximumRegularSector {
            guard fat.count / (sectorSize / 4) < sectorCount else { throw Self.error("复合文档的 FAT 比文件还大", "the compound file's FAT is larger than the file") }
            fat += try littleEndianWords(Array(sector(Int(index))))
        }
        return fat
    }

    private func readEntries(_ directory: [UInt8]) throws -> [Entry] {
        var entries: [Entry] = []
        let reader = FieldReader(bytes: directory)
        var offset = 0
        while offset + 128 <= directory.count, entries.count < limits.maximumDirectoryEntries {
            let nameLength = min(Int(reader.uint16(at: offset + 0x40)), 64)
            let units = stride(from: 0, to: max(nameLength - 2, 0), by: 2).map { reader.uint16(at: offset + $0) }
            let size = Int(truncatingIfNeeded: reader.uint64(at: offset + 0x78))
            entries.append(Entry(
                name: String(decoding: units, as: UTF16.self), type: directory[offset + 0x42],
                start: reader.uint32(at: offset + 0x74), size: sectorSize == 512 ? size & 0xFFFF_FFFF : max(size, 0)
            ))
            offset += 128
        }
        return entries
    }

    private func littleEndianWords(_ data: [UInt8]) throws -> [UInt32] {
        let reader = FieldReader(bytes: data)
        return (0..<data.count / 4).map { reader.uint32(at: $0 * 4) }
    }

    static func error(_ zh: String, _ en: String) -> DocumentReadError {
        DocumentReadError(zh: zh, en: en)
    }
}
