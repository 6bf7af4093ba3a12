import Foundation

/// Formats the numbers that appear in messages: whole numbers without separators (so a
/// reader can paste them back into the file), fractions with at most two decimals.
enum Quantity {
    static func plain(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e17 { return String(Int64(value)) }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// 1 亩 = 10000/15 m², the legal definition (≈ 666.67 m²).
    static let squareMetresPerMu = 10_000.0 / 15.0

    /// Whether `a` and `b` agree within a relative tolerance.
    static func close(_ a: Double, _ b: Double, tolerance: Double) -> Bool {
        guard b != 0 else { return a == 0 }
        return abs(a - b) / abs(b) <= tolerance
    }
}
