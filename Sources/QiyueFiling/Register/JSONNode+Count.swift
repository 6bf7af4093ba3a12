import QiyueCore

extension Optional where Wrapped == JSONNode {
    /// The member as a whole count, or 0 when absent, fractional or out of range: a hand-edited
    /// register with `"errors": 1e300` must be reported, not trap on conversion.
    var count: Int {
        guard let value = self?.value.doubleValue, value.isFinite, value.rounded() == value, abs(value) < 1e15 else { return 0 }
        return Int(value)
    }
}
