extension ZipReader {
    static let endOfCentralDirectorySignature: UInt32 = 0x0605_4B50
    static let centralDirectorySignature: UInt32 = 0x0201_4B50
    static let localHeaderSignature: UInt32 = 0x0403_4B50

    /// Finds the end-of-central-directory record and reads every entry it announces.
    ///
    /// The record sits in the last 22 bytes plus up to 64 KiB of comment, so the search is
    /// bounded whatever the file's size. Counts and sizes are checked against `limits`
    /// before any entry is inflated.
    static func readCentralDirectory(_ reader: LittleEndianReader, limits: ZipLimits) throws -> [ZipEntry] {
        let end = try findEndOfCentralDirectory(reader)
        guard let diskNumber = reader.uint16(at: end + 4), let directoryDisk = reader.uint16(at: end + 6),
              let entryCount16 = reader.uint16(at: end + 10), let directorySize32 = reader.uint32(at: end + 12),
              let directoryOffset32 = reader.uint32(at: end + 16)
        else { throw truncated }
        guard diskNumber == 0, directoryDisk == 0 else {
            throw DocumentReadError(zh: "不支持分卷压缩包", en: "multi-volume archives are not supported")
        }
        guard entryCount16 != 0xFFFF, directorySize32 != 0xFFFF_FFFF, directoryOffset32 != 0xFFFF_FFFF else {
            throw DocumentReadError(zh: "不支持 ZIP64 格式的压缩包", en: "ZIP64 archives are not supported")
        }
        let entryCount = Int(entryCount16)
        guard entryCount <= limits.maximumEntryCount else {
            throw DocumentReadError(
                zh: "压缩包有 \(entryCount) 个条目，超过上限 \(limits.maximumEntryCount)",
                en: "the archive has \(entryCount) entries, more than the limit of \(limits.maximumEntryCount)"
            )
        }
        let directoryOffset = Int(directoryOffset32)
        guard reader.slice(at: directoryOffset, count: Int(directorySize32)) != nil, directoryOffset + Int(directorySize32) <= end else {
            throw truncated
        }
        var entries: [ZipEntry] = []
        entries.reserveCapacity(entryCount)
        var offset = directoryOffset
        var totalSize = 0
        for _ in 0 ..< entryCount {
            let (entry, next) = try readCentralRecord(reader, at: offset, limits: limits)
            try check(entry, limits: limits)
            totalSize += entry.uncompressedSize
            guard totalSize <= limits.maximumTotalUncompressedSize else {
                throw DocumentReadError(
                    zh: "压缩包解压后总大小超过上限 \(limits.maximumTotalUncompressedSize) 字节",
                    en: "the archive would inflate to more than the limit of \(limits.maximumTotalUncompressedSize) bytes"
                )
            }
            entries.append(entry)
            offset = next
        }
        return entries
    }

    static var truncated: DocumentReadError {
        DocumentReadError(zh: "压缩包被截断或已损坏", en: "the archive is truncated or corrupt")
    }

    private static func findEndOfCentralDirectory(_ reader: LittleEndianReader) throws -> Int {
        let count = reader.bytes.count
        guard count >= 22 else {
            throw DocumentReadError(zh: "不是 ZIP 压缩包（文件太短）", en: "not a ZIP archive (the file is too short)")
        }
        let lowest = max(0, count - 22 - 0xFFFF)
        var offset = count - 22
        while offset >= lowest {
            if reader.bytes[offset] == 0x50, reader.uint32(at: offset) == endOfCentralDirectorySignature,
               let commentLength = reader.uint16(at: offset + 20), offset + 22 + Int(commentLength) <= count {
                return offset
            }
            offset -= 1
        }
        let startsLikeZip = reader.uint32(at: 0) == localHeaderSignature
        throw startsLikeZip
            ? DocumentReadError(zh: "压缩包被截断：找不到中央目录", en: "the archive is truncated: no central directory was found")
            : DocumentReadError(zh: "不是 ZIP 压缩包（DOCX 文件应为 ZIP 格式）", en: "not a ZIP archive (a DOCX file is a ZIP archive)")
    }

    private static func readCentralRecord(_ reader: LittleEndianReader, at offset: Int, limits: ZipLimits) throws -> (ZipEntry, Int) {
        guard reader.uint32(at: offset) == centralDirectorySignature,
              let flags = reader.uint16(at: offset + 8), let method = reader.uint16(at: offset + 10),
              let crc = reader.uint32(at: offset + 16), let compressed = reader.uint32(at: offset + 20),
              let uncompressed = reader.uint32(at: offset + 24), let nameLength = reader.uint16(at: offset + 28),
              let extraLength = reader.uint16(at: offset + 30), let commentLength = reader.uint16(at: offset + 32),
              let localOffset = reader.uint32(at: offset + 42)
        else { throw truncated }
        guard Int(nameLength) <= limits.maximumNameLength else {
            throw DocumentReadError(
                zh: "条目名称长 \(nameLength) 字节，超过上限 \(limits.maximumNameLength)",
                en: "an entry name is \(nameLength) bytes long, more than the limit of \(limits.maximumNameLength)"
            )
        }
        guard let nameBytes = reader.slice(at: offset + 46, count: Int(nameLength)) else { throw truncated }
        let name = try validatedName(nameBytes)
        let entry = ZipEntry(
            name: name, method: method, flags: flags, crc32: crc,
            compressedSize: Int(compressed), uncompressedSize: Int(uncompressed), localHeaderOffset: Int(localOffset)
        )
        return (entry, offset + 46 + Int(nameLength) + Int(extraLength) + Int(commentLength))
    }

    /// Refuses entries whose declared size or compression ratio betrays a zip bomb.
    private static func check(_ entry: ZipEntry, limits: ZipLimits) throws {
        guard entry.uncompressedSize <= limits.maximumEntryUncompressedSize else {
            throw DocumentReadError(
                zh: "条目解压后 \(entry.uncompressedSize) 字节，超过单个条目上限 \(limits.maximumEntryUncompressedSize)",
                en: "the entry inflates to \(entry.uncompressedSize) bytes, more than the per-entry limit of \(limits.maximumEntryUncompressedSize)",
                part: entry.name
            )
        }
        if entry.uncompressedSize > limits.ratioCheckThreshold,
           entry.uncompressedSize / max(entry.compressedSize, 1) > limits.maximumCompressionRatio {
            throw DocumentReadError(
                zh: "条目压缩比超过 \(limits.maximumCompressionRatio):1，疑似压缩炸弹",
                en: "the entry's compression ratio exceeds \(limits.maximumCompressionRatio):1, which suggests a zip bomb",
                part: entry.name
            )
        }
    }

    /// Where an entry's data begins, after its local header; checks the header agrees with the directory.
    static func dataOffset(of entry: ZipEntry, in reader: LittleEndianReader) throws -> Int {
        let offset = entry.localHeaderOffset
        guard reader.uint32(at: offset) == localHeaderSignature,
              let flags = reader.uint16(at: offset + 6), let method = reader.uint16(at: offset + 8),
              let crc = reader.uint32(at: offset + 14), let compressed = reader.uint32(at: offset + 18),
              let uncompressed = reader.uint32(at: offset + 22),
              let nameLength = reader.uint16(at: offset + 26), let extraLength = reader.uint16(at: offset + 28),
              let localName = reader.slice(at: offset + 30, count: Int(nameLength))
        else {
            throw DocumentReadError(zh: "压缩包被截断或已损坏：本地文件头无效", en: "the archive is truncated or corrupt: bad local header", part: entry.name)
        }
        guard localName.elementsEqual(entry.name.utf8) else {
            throw DocumentReadError(zh: "本地文件头与中央目录中的名称不一致", en: "the local header's name disagrees with the central directory", part: entry.name)
        }
        // Tools that read local headers (and stream unpackers) must see the entry we read:
        // same method, and, unless a data descriptor follows the data (flag bit 3), same sizes and CRC.
        let sizesFollow = flags & 0x0008 != 0
        guard method == entry.method,
              sizesFollow || (crc == entry.crc32 && Int(compressed) == entry.compressedSize && Int(uncompressed) == entry.uncompressedSize)
        else {
            throw DocumentReadError(zh: "本地文件头与中央目录中的压缩方式、大小或 CRC 不一致", en: "the local header's method, sizes or CRC disagree with the central directory", part: entry.name)
        }
        return offset + 30 + Int(nameLength) + Int(extraLength)
    }
}
