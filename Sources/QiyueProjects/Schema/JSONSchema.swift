/// A JSON Schema (2020-12) document, kept as parsed JSON with its `$defs` reachable by `$ref`.
///
/// The project schema is data, not code: the file shipped as `Templates/project.schema.json`
/// for editors is the very file the validator interprets, so the two cannot drift apart.
public struct JSONSchema: Sendable {
    public let root: JSONNode

    /// The keywords the interpreter understands. A schema using any other keyword would be
    /// silently half-enforced, so `unsupportedKeywords` lets a test reject it.
    public static let supportedKeywords: Set<String> = [
        "$schema", "$id", "$ref", "$defs", "$comment", "title", "description", "default", "examples",
        "type", "enum", "const", "properties", "patternProperties", "additionalProperties", "required",
        "items", "minItems", "maxItems", "minLength", "maxLength", "pattern", "format",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "anyOf",
        // An extension keyword (ignored by other validators): {"zh", "en"} words appended to a
        // pattern mismatch, because `^[a-z0-9][a-z0-9-]*$` alone helps no officer.
        "x-hint",
    ]

    public init(root: JSONNode) {
        self.root = root
    }

    public init(text: String) throws(JSONSyntaxError) {
        self.init(root: try JSONParser.parse(text))
    }

    /// Resolves a local reference such as `#/$defs/text`; remote references are not supported.
    public func resolve(_ reference: String) -> JSONNode? {
        guard reference.hasPrefix("#") else { return nil }
        return root.node(at: String(reference.dropFirst()))
    }

    /// Every keyword used anywhere in the schema that the interpreter would ignore, with its path.
    public func unsupportedKeywords() -> [String] {
        var found: [String] = []
        collectUnsupported(in: root, path: "", into: &found)
        return found
    }

    private func collectUnsupported(in schema: JSONNode, path: String, into found: inout [String]) {
        guard let members = schema.value.members else { return }
        for member in members {
            let here = path + "/" + member.key
            if !Self.supportedKeywords.contains(member.key) { found.append(here) }
            switch member.key {
            case "properties", "patternProperties", "$defs":
                for sub in member.value.value.members ?? [] {
                    collectUnsupported(in: sub.value, path: here + "/" + sub.key, into: &found)
                }
            case "anyOf":
                for (index, sub) in (member.value.value.elements ?? []).enumerated() {
                    collectUnsupported(in: sub, path: here + "/\(index)", into: &found)
                }
            case "items", "additionalProperties":
                collectUnsupported(in: member.value, path: here, into: &found)
            default:
                break
            }
        }
    }
}
