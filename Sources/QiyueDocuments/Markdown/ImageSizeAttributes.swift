/// The optional `{width=… height=…}` block right after a Markdown image, as Pandoc writes it.
///
/// Brochures need pictures at a chosen size, which plain Markdown cannot say. Lengths take
/// the units `mm`, `cm`, `in`, `pt` and `px` (at 96 dpi); a missing dimension follows from the
/// picture's aspect ratio. A block that is not exactly this stays in the text.
struct ImageSizeAttributes: Sendable, Hashable {
    var width: Double?
    var height: Double?

    static let none = ImageSizeAttributes()

    /// Parses `{width=60mm height=4cm}` (either or both, any order); `nil` if `text` is not one.
    init?<S: StringProtocol>(_ text: S) {
        guard text.first == "{", text.last == "}" else { return nil }
        let words = text.dropFirst().dropLast().split(separator: " ")
        guard !words.isEmpty else { return nil }
        for word in words {
            let parts = word.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let points = Self.points(parts[1]) else { return nil }
            switch parts[0] {
            case "width" where width == nil: width = points
            case "height" where height == nil: height = points
            default: return nil
            }
        }
    }

    private init() {}

    /// A length in points, or `nil` for an unknown unit or a value outside 1 pt – 5 m.
    static func points<S: StringProtocol>(_ text: S) -> Double? {
        let units: [(String, Double)] = [("mm", 72 / 25.4), ("cm", 72 / 2.54), ("in", 72), ("pt", 1), ("px", 0.75)]
        for (unit, factor) in units where text.hasSuffix(unit) {
            guard let value = Double(text.dropLast(unit.count)), value.isFinite else { return nil }
            let points = value * factor
            return (1...14_000).contains(points) ? points : nil
        }
        return nil
    }
}
