/// The documented exit statuses of every `qiyue` command.
///
/// | code | meaning |
/// | ---- | ------- |
/// | 0 | success, nothing at or above the failure threshold |
/// | 1 | findings (review), failed records (batch render), blocked output |
/// | 2 | usage error or unreadable / invalid input |
public enum ExitCode: Int32, Sendable {
    case success = 0
    case findings = 1
    case usageOrInput = 2
}
