import QiyueCore

/// What validating one document against a schema found.
public struct SchemaValidation: Sendable {
    /// The violations, in document order.
    public var findings: [ProjectFinding]
    /// Every value that validated against a `$ref`, with the name of the definition it
    /// matched (`text`, `date`, …). Bilingual QA uses this to find the text fields
    /// without a second list of them.
    public var references: [(pointer: JSONPointer, definition: String)]
    /// How many `$ref`s led to the current place without descending into the instance.
    var referenceDepth = 0

    public init(findings: [ProjectFinding] = [], references: [(pointer: JSONPointer, definition: String)] = []) {
        self.findings = findings
        self.references = references
    }

    public var isValid: Bool { findings.isEmpty }

    /// The pointers of the values that matched `#/$defs/<definition>`.
    public func pointers(matching definition: String) -> [JSONPointer] {
        references.filter { $0.definition == definition }.map(\.pointer)
    }
}
