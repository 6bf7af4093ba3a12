import Foundation

/// Inflates one deflated entry on a thread of its own, publishing how much of it is ready, so
/// that a reader can parse the start of a large part while the rest is still being inflated.
///
/// The inflating is `ZipInflater`'s own loop, run chunk by chunk: the output is exactly the
/// size the central directory declares, a stream that would produce more is stopped there,
/// and the CRC-32 is checked at the end — so a reader that reaches the end of the part learns
/// of a mismatch before it returns anything. Every failure is the `DocumentReadError` an
/// entry read at once would give, naming the entry.
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
            let result = archive.withUnsafeBufferPointer { whole in
                ZipInflater.inflate(UnsafeBufferPointer(rebasing: whole[range]), into: output, expectedCRC: expectedCRC, chunkSize: max(1, chunkSize)) { [self] produced in
                    condition.lock()
                    available = produced
                    let cancelled = isCancelled
                    condition.broadcast()
                    condition.unlock()
                    return !cancelled
                }
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
}
