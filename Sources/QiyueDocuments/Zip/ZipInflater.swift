import CZlib

/// Raw deflate decompression and CRC-32, through the system zlib: the one inflating loop
/// behind both `ZipReader.ownedContents` (at once) and `ZipStreamingInflation` (chunk by
/// chunk, on a thread of its own), so both accept and refuse exactly the same streams.
///
/// The output buffer is exactly the size the central directory declares (already checked
/// against the limits), so a stream that would produce more is stopped at that size and
/// reported, rather than allowed to grow. The CRC-32 is computed over each chunk as it is
/// made and checked when the stream ends.
enum ZipInflater {
    /// Inflates `compressed` into `output`, calling `publish` with the bytes ready after each
    /// chunk of at most `chunkSize` bytes (it answers whether to go on); returns the error, or
    /// `nil` when the stream filled `output` exactly and its CRC-32 is `expectedCRC` (or when
    /// `publish` asked to stop).
    static func inflate(
        _ compressed: UnsafeBufferPointer<UInt8>, into output: OwnedBytes, expectedCRC: UInt32,
        chunkSize: Int = .max, publish: (Int) -> Bool = { _ in true }
    ) -> DocumentReadError? {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return DocumentReadError(zh: "无法初始化解压缩", en: "could not initialise decompression")
        }
        defer { inflateEnd(&stream) }
        let expectedSize = output.count
        var crc = CZlib.crc32(0, nil, 0)
        var produced = 0
        // zlib wants a non-null input pointer even for an empty stream.
        var empty: UInt8 = 0
        return withUnsafeMutablePointer(to: &empty) { emptyInput -> DocumentReadError? in
            stream.next_in = compressed.baseAddress.map { UnsafeMutablePointer(mutating: $0) } ?? emptyInput
            stream.avail_in = UInt32(compressed.count)
            while true {
                let room = expectedSize - produced
                guard room > 0 else { return finishAtDeclaredSize(&stream, crc: UInt32(crc), expectedCRC: expectedCRC) }
                stream.next_out = output.base + produced
                stream.avail_out = UInt32(min(chunkSize, room))
                let inputBefore = stream.avail_in
                let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                let total = Int(stream.total_out)
                let madeProgress = total > produced || stream.avail_in != inputBefore
                if total > produced { crc = CZlib.crc32(crc, output.base + produced, uInt(total - produced)) }
                produced = total
                guard publish(produced) else { return nil }
                switch status {
                case Z_OK: continue
                case Z_STREAM_END where produced == expectedSize: return UInt32(crc) == expectedCRC ? nil : crcMismatch
                case Z_STREAM_END: return DocumentReadError(zh: "条目解压后大小与记录不符", en: "the entry inflated to a size other than the one recorded")
                case Z_BUF_ERROR where stream.avail_in == 0: return truncated
                // No progress with input left and room to write: zlib cannot go on.
                case Z_BUF_ERROR where !madeProgress: return corrupt
                case Z_BUF_ERROR: continue
                default: return corrupt
                }
            }
        }
    }

    /// The output is full: the stream must end here without one more byte.
    private static func finishAtDeclaredSize(_ stream: inout z_stream, crc: UInt32, expectedCRC: UInt32) -> DocumentReadError? {
        var spare: UInt8 = 0
        let status = withUnsafeMutablePointer(to: &spare) { pointer -> Int32 in
            stream.next_out = pointer
            stream.avail_out = 1
            return CZlib.inflate(&stream, Z_FINISH)
        }
        switch status {
        case Z_STREAM_END where stream.avail_out == 1: return crc == expectedCRC ? nil : crcMismatch
        case Z_STREAM_END, Z_OK: return beyondDeclaredSize
        case Z_BUF_ERROR where stream.avail_out == 0: return beyondDeclaredSize
        case Z_BUF_ERROR: return truncated
        default: return corrupt
        }
    }

    static var crcMismatch: DocumentReadError {
        DocumentReadError(zh: "CRC-32 校验失败，文件已损坏", en: "CRC-32 mismatch: the file is corrupt")
    }

    private static var truncated: DocumentReadError {
        DocumentReadError(zh: "压缩数据被截断", en: "the compressed data is truncated")
    }

    private static var corrupt: DocumentReadError {
        DocumentReadError(zh: "压缩数据已损坏", en: "the compressed data is corrupt")
    }

    private static var beyondDeclaredSize: DocumentReadError {
        DocumentReadError(zh: "条目解压后超过其记录的大小", en: "the entry inflates beyond its recorded size")
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
