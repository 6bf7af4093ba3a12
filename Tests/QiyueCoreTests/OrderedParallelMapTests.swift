import Foundation
import QiyueCore
import XCTest

/// Results arrive in order whatever the threads do, and workers never run far ahead.
final class OrderedParallelMapTests: XCTestCase {
    func testResultsComeInIndexOrderWithUnevenWork() {
        var seen: [Int] = []
        OrderedParallelMap.run(count: 200, jobs: 4, transform: { index -> Int in
            // Early items are slow, so later ones finish first.
            if index % 7 == 0 { usleep(UInt32(2000 - index * 5 > 0 ? 2000 - index * 5 : 0)) }
            return index * index
        }, consume: { index, value in
            XCTAssertEqual(value, index * index)
            seen.append(index)
        })
        XCTAssertEqual(seen, Array(0..<200))
    }

    func testWorkersStayWithinTheWindow() {
        let started = Counter()
        var maxAhead = 0
        OrderedParallelMap.run(count: 100, jobs: 3, window: 5, transform: { index -> Int in
            started.increment()
            return index
        }, consume: { index, _ in
            usleep(300)
            maxAhead = max(maxAhead, started.value - (index + 1))
        })
        XCTAssertLessThanOrEqual(maxAhead, 5)
        XCTAssertEqual(started.value, 100)
    }

    func testOneJobAndNoItems() {
        var seen: [Int] = []
        OrderedParallelMap.run(count: 3, jobs: 1, transform: { $0 + 1 }, consume: { seen.append($1) })
        XCTAssertEqual(seen, [1, 2, 3])
        OrderedParallelMap.run(count: 0, jobs: 4, transform: { $0 }, consume: { _, _ in XCTFail("no items") })
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    func increment() { lock.lock(); count += 1; lock.unlock() }
}
