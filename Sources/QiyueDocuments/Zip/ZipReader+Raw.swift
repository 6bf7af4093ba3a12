extension ZipReader {
    /// The entry's data exactly as stored (still compressed), for copying it into another
    /// archive without inflating and deflating it again.
    func rawContents(of entry: ZipEntry) throws -> ArraySlice<UInt8> {
        guard !entry.isEncrypted else {
            throw DocumentReadError(zh: "条目已加密，无法读取", en: "the entry is encrypted and cannot be read", part: entry.name)
        }
        let reader = LittleEndianReader(bytes: bytes)
        let start = try Self.dataOffset(of: entry, in: reader)
        guard reader.slice(at: start, count: entry.compressedSize) != nil else {
            throw DocumentReadError(zh: "压缩包被截断：条目数据不完整", en: "the archive is truncated: the entry's data is incomplete", part: entry.name)
        }
        return bytes[start ..< start + entry.compressedSize]
    }
}
