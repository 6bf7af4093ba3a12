import Foundation

/// Builds the document model from a part's items on a thread of its own, while the reading
/// thread goes on scanning XML and assembling the review text.
///
/// For a long agreement, building the model (inline formatting, clause nesting, tables)
/// costs nearly as much as reading the XML, and the machines this runs on have at least two
/// cores. Items are handed over in batches under a lock; a paragraph is complete before it is
/// sent, and from then on every side only reads it. Small parts are not worth a thread: with
/// `concurrent` false the assembler runs on the caller's thread as each item is sent.
final class DocxModelPipeline: @unchecked Sendable {
    private static let batchSize = 2_048

    private let condition = NSCondition()
    private var batches: [[DocxBodyItem]] = []
    private var isClosed = false
    private var pending: [DocxBodyItem] = []
    private var assembler = DocxDocumentAssembler()
    private var blocks: [Block]?
    private let finished = DispatchSemaphore(value: 0)
    private let usesThread: Bool

    init(concurrent: Bool) {
        usesThread = concurrent
        guard concurrent else { return }
        pending.reserveCapacity(Self.batchSize)
        Thread.detachNewThread { [self] in run() }
    }

    /// Passes an item on; the caller must not change it afterwards.
    func send(_ item: DocxBodyItem) {
        guard usesThread else {
            assembler.add(item)
            return
        }
        pending.append(item)
        if pending.count >= Self.batchSize { handOver() }
    }

    /// Waits for every item sent to be built and returns the blocks. Call it exactly once,
    /// also when reading failed, so that the thread ends.
    func finish() -> [Block] {
        guard usesThread else { return assembler.finish() }
        handOver()
        condition.lock()
        isClosed = true
        condition.signal()
        condition.unlock()
        finished.wait()
        return blocks!
    }

    private func handOver() {
        guard !pending.isEmpty else { return }
        condition.lock()
        batches.append(pending)
        condition.signal()
        condition.unlock()
        pending = []
        pending.reserveCapacity(Self.batchSize)
    }

    private func run() {
        while true {
            condition.lock()
            while batches.isEmpty, !isClosed { condition.wait() }
            if batches.isEmpty {
                condition.unlock()
                break
            }
            let batch = batches.removeFirst()
            condition.unlock()
            for item in batch { assembler.add(item) }
        }
        blocks = assembler.finish()
        finished.signal()
    }
}
