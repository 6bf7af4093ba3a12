import CZlib

/// Raw deflate decompression and CRC-32, through the system zlib.
///
/// The output buffer is exactly the size the central directory declares (already checked
/// against the limits), so a stream that would produce more is stopped at that size and
/// reported, rather than allowed to grow.
enum ZipInflater {
    static func inflate(_ compressed: ArraySlice<UInt8>, expectedSize: Int) throws -> OwnedBytes {
        let output = OwnedBytes(uninitializedCount: expectedSize)
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw DocumentReadError(zh: "无法初始化解压缩", en: "could not initialise decompression")
        }
        defer { inflateEnd(&stream) }
        // zlib wants a non-null input pointer even for an empty stream.
        var empty: UInt8 = 0
        let status: Int32 = compressed.withUnsafeBufferPointer { input in
            stream.next_in = input.baseAddress.map { UnsafeMutablePointer(mutating: $0) } ?? withUnsafeMutablePointer(to: &empty) { $0 }
            stream.avail_in = UInt32(input.count)
            stream.next_out = output.base
            stream.avail_out = UInt32(expectedSize)
            return CZlib.inflate(&stream, Z_FINISH)
        }
        switch status {
        case Z_STREAM_END where Int(stream.total_out) == expectedSize:
            return output
        case Z_STREAM_END:
            throw DocumentReadError(zh: "条目解压后大小与记录不符", en: "the entry inflated to a size other than the one recorded")
        case Z_BUF_ERROR where stream.avail_out == 0:
            throw DocumentReadError(zh: "条目解压后超过其记录的大小", en: "the entry inflates beyond its recorded size")
        case Z_BUF_ERROR:
            throw DocumentReadError(zh: "压缩数据被截断", en: "the compressed data is truncated")
        default:
            throw DocumentReadError(zh: "压缩数据已损坏", en: "the compressed data is corrupt")
        }
    }

    static func crc32(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var crc = CZlib.crc32(0, nil, 0)
        var offset = 0
        // zlib takes a 32-bit length, so very large buffers go in slices.
        while offset < bytes.count {
            let length = min(1 << 30, bytes.count - offset)
            crc = CZlib.crc32(crc, bytes.baseAddress! + offset, uInt(length))
            offset += length
        }
        return UInt32(crc)
    }
}

extension ZipInflater {
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { crc32($0) }
    }
}
