#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The processor time the calling thread has used, for tests that bound the work a hostile
/// input may cost.
///
/// Wall-clock bounds fail when the machine is busy with other work (a parallel build, a
/// second test process); the thread's own processor time is what a quadratic parser
/// inflates and what other processes leave alone, so the bound can stay tight.
public enum ThreadCPUTime {
    /// Seconds of processor time the current thread has used so far.
    public static var now: Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Runs `body` on the calling thread and returns the processor seconds it used.
    public static func measure(_ body: () throws -> Void) rethrows -> Double {
        let start = now
        try body()
        return now - start
    }
}
