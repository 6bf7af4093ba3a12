import CZlib

/// Raw deflate decompression and CRC-32, through the system zlib.
///
/// The output buffer is exactly the size the central directory declares (already checked
/// against the limits), so a stream that would produce more is stopped at that size and
/// reported, rather than allowed to grow.
enum ZipInflater {
    static func inflate(_ compressed: ArraySlice<UInt8>, expectedSize: Int) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw DocumentReadError(zh: "无法初始化解压缩", en: "could not initialise decompression")
        }
        defer { inflateEnd(&stream) }
        var input = Array(compressed)
        if input.isEmpty { input = [0] }
        var status: Int32 = Z_OK
        // The buffer is not zeroed first: inflate writes it, and it is only kept when
        // inflate wrote exactly `expectedSize` bytes.
        let output = [UInt8](unsafeUninitializedCapacity: max(expectedSize, 1)) { buffer, initializedCount in
            status = input.withUnsafeMutableBufferPointer { inputBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = UInt32(compressed.count)
                stream.next_out = buffer.baseAddress
                stream.avail_out = UInt32(expectedSize)
                return CZlib.inflate(&stream, Z_FINISH)
            }
            initializedCount = Int(stream.total_out) == expectedSize && status == Z_STREAM_END ? expectedSize : 0
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

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(CZlib.crc32(0, buffer.baseAddress, UInt32(buffer.count)))
        }
    }
}
