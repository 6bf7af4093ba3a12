import QiyueCore

/// Validates a project file: its structure against the project schema, then what a
/// schema cannot express — catalogue codes, units, derived figures, milestone order.
///
/// Semantic checks only look at values of the right type, so one mistake is reported
/// once (as a type error), not again as every figure computed from it.
public struct ProjectValidator: Sendable {
    public var schema: JSONSchema
    public var catalog: IndustryCatalog

    public init(schema: JSONSchema = .project, catalog: IndustryCatalog = .builtIn) {
        self.schema = schema
        self.catalog = catalog
    }

    public func validate(_ file: ProjectFile) -> ProjectValidation {
        let structure = SchemaValidator(schema: schema).validate(file.root)
        var findings = structure.findings
        findings += IndustryCodeCheck(catalog: catalog).findings(in: file)
        findings += UnitSanityCheck().findings(in: file)
        findings += ConsistencyCheck().findings(in: file)
        findings += TimelineCheck().findings(in: file)
        findings += LifecycleCheck().findings(in: file)
        findings += PlaceholderCheck().findings(in: file)
        findings += CreditCodeCheck().findings(in: file)
        // One list in document order: a reader fixes a file from top to bottom.
        findings = findings.enumerated().sorted {
            ($0.element.byteOffset ?? Int.max, $0.offset) < ($1.element.byteOffset ?? Int.max, $1.offset)
        }.map(\.element)
        let textFields = structure.pointers(matching: "text").sorted {
            (file.root.node(at: $0)?.offset ?? 0) < (file.root.node(at: $1)?.offset ?? 0)
        }
        return ProjectValidation(findings: findings, textFields: textFields)
    }
}
