/// Bounds on the XML the scanner accepts.
public struct XMLLimits: Sendable, Hashable {
    /// The deepest element nesting accepted. Word documents nest about ten deep (a table
    /// in a table is still under thirty), so 256 leaves room and stops a stack-exhausting file.
    public var maximumDepth: Int

    public init(maximumDepth: Int = 256) {
        self.maximumDepth = maximumDepth
    }

    public static let `default` = XMLLimits()
}
