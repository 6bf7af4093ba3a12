import CZlib
import Foundation

/// Inflates one deflated entry on a thread of its own, publishing how much of it is ready, so
/// that a reader can parse the start of a large part while the rest is still being inflated.
///
/// The rules are `ZipInflater`'s: the output is exactly the size the central directory
/// declares (already checked against the limits), a stream that would produce more is
/// stopped there and reported, and the CRC-32 must match — it is computed chunk by chunk as
/// the output is made and checked at the end, so a reader that reaches the end of the part
/// learns of a mismatch before it returns anything. Every failure is the same
/// `DocumentReadError` the one-shot inflater gives, naming the entry.
final class ZipStreamingInflation: @unchecked Sendable {
    let output: OwnedBytes
    private let condition = NSCondition()
    private var available = 0
    private var isFinished = false
    private var failure: DocumentReadError?
    private var isCancelled = false

    /// - Parameters:
    ///   - archive: the whole ZIP file; `range` is the entry's compressed data in it.
    ///   - chunkSize: how many bytes are inflated before they are published (small in tests,
    ///     to exercise every way a construct can straddle a chunk boundary).
    init(archive: [UInt8], range: Range<Int>, expectedSize: Int, expectedCRC: UInt32, entryName: String, chunkSize: Int = 1 << 20) {
        output = OwnedBytes(uninitializedCount: expectedSize)
        Thread.detachNewThread { [self] in
            let result = Self.inflate(archive, range, into: output, expectedCRC: expectedCRC, chunkSize: max(1, chunkSize)) { [self] produced in
                condition.lock()
                available = produced
                let cancelled = isCancelled
                condition.broadcast()
                condition.unlock()
                return !cancelled
            }
            condition.lock()
            if let result { failure = result.inPart(entryName) }
            isFinished = true
            condition.broadcast()
            condition.unlock()
        }
    }

    /// How many bytes are ready, after waiting until there are more than `count` or the
    /// inflation has ended. Throws the inflation's error once all good bytes have been handed out.
    func waitForMore(than count: Int) throws -> Int {
        condition.lock()
        defer { condition.unlock() }
        while available <= count, !isFinished { condition.wait() }
        if available <= count, isFinished {
            throw failure ?? DocumentReadError(zh: "解压缩已中止", en: "decompression was stopped")
        }
        return available
    }

    /// Waits for the inflation to end and throws its error, if any (a CRC mismatch is known only then).
    func waitUntilFinished() throws {
        condition.lock()
        defer { condition.unlock() }
        while !isFinished { condition.wait() }
        if let failure { throw failure }
    }

    /// Asks the inflating thread to stop at its next chunk, because the reader has given up.
    func cancel() {
        condition.lock()
        isCancelled = true
        condition.unlock()
    }

    /// Inflates `archive[range]` into `output`, calling `publish` with the bytes ready after each
    /// chunk (it answers whether to go on); returns the error, or `nil` when all is well.
    private static func inflate(_ archive: [UInt8], _ range: Range<Int>, into output: OwnedBytes, expectedCRC: UInt32, chunkSize: Int, publish: (Int) -> Bool) -> DocumentReadError? {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return DocumentReadError(zh: "无法初始化解压缩", en: "could not initialise decompression")
        }
        defer { inflateEnd(&stream) }
        let expectedSize = output.count
        var crc = CZlib.crc32(0, nil, 0)
        var produced = 0
        return archive.withUnsafeBufferPointer { whole -> DocumentReadError? in
            var empty: UInt8 = 0
            stream.next_in = range.isEmpty ? withUnsafeMutablePointer(to: &empty) { $0 } : UnsafeMutablePointer(mutating: whole.baseAddress! + range.lowerBound)
            stream.avail_in = UInt32(range.count)
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
                case Z_BUF_ERROR where stream.avail_in == 0: return DocumentReadError(zh: "压缩数据被截断", en: "the compressed data is truncated")
                // No progress with input left and room to write: zlib cannot go on.
                case Z_BUF_ERROR where !madeProgress:
                    return DocumentReadError(zh: "压缩数据已损坏", en: "the compressed data is corrupt")
                case Z_BUF_ERROR: continue
                default: return DocumentReadError(zh: "压缩数据已损坏", en: "the compressed data is corrupt")
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
        case Z_STREAM_END, Z_OK: return DocumentReadError(zh: "条目解压后超过其记录的大小", en: "the entry inflates beyond its recorded size")
        case Z_BUF_ERROR where stream.avail_out == 0: return DocumentReadError(zh: "条目解压后超过其记录的大小", en: "the entry inflates beyond its recorded size")
        case Z_BUF_ERROR: return DocumentReadError(zh: "压缩数据被截断", en: "the compressed data is truncated")
        default: return DocumentReadError(zh: "压缩数据已损坏", en: "the compressed data is corrupt")
        }
    }

    private static var crcMismatch: DocumentReadError {
        DocumentReadError(zh: "CRC-32 校验失败，文件已损坏", en: "CRC-32 mismatch: the file is corrupt")
    }
}
