import Foundation

extension ZipWriter {
    /// Appends an entry copied from another archive: its compressed bytes as they were, with
    /// the method, CRC and sizes its central-directory record gives. Nothing is inflated or
    /// deflated again, so a part no one edits leaves the package exactly as it came in.
    mutating func addRaw(_ entry: ZipEntry, data: ArraySlice<UInt8>) throws {
        guard entry.method == 0 || entry.method == 8 else {
            throw DocumentReadError(
                zh: "不支持的压缩方法 \(entry.method)（仅支持存储和 Deflate）",
                en: "unsupported compression method \(entry.method) (only stored and deflate are supported)",
                part: entry.name
            )
        }
        try admit(entry.name, size: entry.uncompressedSize)
        try append(entry.name, method: entry.method, crc32: entry.crc32, payload: Data(data), uncompressedSize: entry.uncompressedSize)
    }
}
