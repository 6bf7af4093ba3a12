import Foundation

/// Fixed slots that parallel workers fill, one slot each, read after all have finished.
///
/// Each index is written by exactly one iteration of `concurrentPerform`, so the slots
/// need a lock only to satisfy Swift's exclusivity rules, not to order the writes.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value]
    private let lock = NSLock()

    init(count: Int, initial: Value) {
        storage = Array(repeating: initial, count: count)
    }

    subscript(index: Int) -> Value {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value] { lock.withLock { storage } }
}
