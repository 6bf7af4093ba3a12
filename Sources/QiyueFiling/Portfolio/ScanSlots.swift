import Foundation

/// The slots a concurrent scan fills, one per file, and the count filled so far.
///
/// Each worker writes only its own slot, but the array and the count are shared, so both
/// are guarded by one lock; the scan's work is parsing, not this.
final class ScanSlots: @unchecked Sendable {
    private var storage: [ScannedProject?]
    private var filled = 0
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    /// Stores a result and tells `filledCount` how many slots are now filled, under the lock,
    /// so that progress reports arrive in order.
    func set(_ index: Int, _ value: ScannedProject, filledCount: (Int) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        storage[index] = value
        filled += 1
        filledCount(filled)
    }

    var values: [ScannedProject] {
        lock.lock()
        defer { lock.unlock() }
        return storage.map { $0! }
    }
}
