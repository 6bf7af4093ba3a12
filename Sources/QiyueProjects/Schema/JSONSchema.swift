import QiyueCore

/// A JSON Schema (2020-12) document, kept as parsed JSON with its `$defs` reachable by `$ref`.
///
/// The project schema is data, not code: the file shipped as `Templates/project.schema.json`
/// for editors is the very file the validator interprets, so the two cannot drift apart.
public struct JSONSchema: Sendable {
    public let root: JSONNode
    /// Every `pattern` and `patternProperties` expression of the schema, compiled once:
    /// compiling per value made a file with many fields spend its time in the regex compiler.
    let expressions: PatternCache

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
        var patterns: Set<String> = ["^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
        Self.collectPatterns(in: root, into: &patterns)
        self.expressions = PatternCache(patterns)
    }

    private static func collectPatterns(in node: JSONNode, into patterns: inout Set<String>) {
        switch node.value {
        case let .object(members):
            for member in members {
                if member.key == "pattern", let pattern = member.value.value.stringValue { patterns.insert(pattern) }
                if member.key == "patternProperties" {
                    for property in member.value.value.members ?? [] { patterns.insert(property.key) }
                }
                collectPatterns(in: member.value, into: &patterns)
            }
        case let .array(elements):
            for element in elements { collectPatterns(in: element, into: &patterns) }
        default:
            break
        }
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
