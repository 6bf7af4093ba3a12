import Foundation

/// How many cases a fuzz test runs: a fixed number that keeps `swift test` within its time
/// budget, or `QIYUE_FUZZ_ITERATIONS` cases of each test for a longer local run
/// (`QIYUE_FUZZ_ITERATIONS=100000 swift test --filter Fuzz`). Seeds are fixed either way, so
/// a failure names the seed that reproduces it.
public enum FuzzBudget {
    public static func iterations(default count: Int) -> Int {
        guard let text = ProcessInfo.processInfo.environment["QIYUE_FUZZ_ITERATIONS"], let value = Int(text), value > 0 else { return count }
        return value
    }

    /// The slowest a single case may be, in thread CPU seconds, before it counts as a hang.
    public static let caseLimit = 2.0
}
