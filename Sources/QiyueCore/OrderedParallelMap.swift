import Foundation

/// Runs a function over many items on several threads and hands the results to the caller
/// in the items' order, as soon as each next one is ready.
///
/// A batch review must print exactly what a one-thread run prints, in the same order, while
/// streaming (one line per file for thousands of files) in bounded memory. Workers therefore
/// run at most `window` items ahead of the consumer: a slow consumer or one huge file stops
/// them instead of letting finished results pile up.
public enum OrderedParallelMap {
    /// Calls `transform` for every index in `0..<count` on up to `jobs` threads, and `consume`
    /// on the calling thread with each result in index order. With one job (or one item)
    /// everything runs on the calling thread.
    public static func run<Result: Sendable>(
        count: Int, jobs: Int, window: Int? = nil,
        transform: @escaping @Sendable (Int) -> Result,
        consume: (Int, Result) -> Void
    ) {
        let workers = max(1, min(jobs, count))
        if workers == 1 {
            for index in 0..<count { consume(index, transform(index)) }
            return
        }
        let state = State<Result>(limit: window ?? workers * 4)
        for _ in 0..<workers {
            let thread = Thread {
                while let index = state.claim(count: count) {
                    state.deliver(index, transform(index))
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        for index in 0..<count { consume(index, state.take(index)) }
    }

    /// The shared queue position and the finished results waiting for the consumer.
    private final class State<Result>: @unchecked Sendable {
        private let condition = NSCondition()
        private var next = 0
        private var consumed = 0
        private var ready: [Int: Result] = [:]
        private let limit: Int

        init(limit: Int) { self.limit = max(1, limit) }

        /// The next index to work on, waiting while the workers are `limit` items ahead.
        func claim(count: Int) -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while next < count, next >= consumed + limit { condition.wait() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }

        func deliver(_ index: Int, _ result: Result) {
            condition.lock()
            ready[index] = result
            condition.broadcast()
            condition.unlock()
        }

        func take(_ index: Int) -> Result {
            condition.lock()
            defer { condition.unlock() }
            while ready[index] == nil { condition.wait() }
            consumed = index + 1
            condition.broadcast()
            return ready.removeValue(forKey: index)!
        }
    }
}
