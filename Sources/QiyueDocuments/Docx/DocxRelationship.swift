/// One `Relationship` of an OPC `.rels` part, with an internal target resolved to a ZIP entry name.
struct DocxRelationship: Sendable, Hashable {
    var id: String
    /// The relationship type URI; only its last path component matters here (`styles`, `footnotes`…).
    var type: String
    var target: String
    var isExternal: Bool

    /// The last component of `type`, e.g. `officeDocument`, `header`, `hyperlink`.
    var kind: String { type.split(separator: "/").last.map(String.init) ?? type }

    /// Reads a `.rels` part; `sourcePart` is the part the relationships belong to (`word/document.xml`).
    static func parse(_ bytes: [UInt8], sourcePart: String) throws -> [DocxRelationship] {
        let root = try XMLTreeElement.parse(bytes, canonicalPrefixes: DocxNamespaces.canonicalPrefixes)
        return root.children.compactMap { element in
            guard element.name.hasSuffix("Relationship"), let id = element.attribute("Id"),
                  let type = element.attribute("Type"), let target = element.attribute("Target") else { return nil }
            let external = element.attribute("TargetMode") == "External"
            return DocxRelationship(id: id, type: type, target: external ? target : resolve(target, from: sourcePart), isExternal: external)
        }
    }

    /// Resolves a relative target against the folder of `sourcePart`, removing `.` and `..`.
    static func resolve(_ target: String, from sourcePart: String) -> String {
        var components: [Substring] = target.hasPrefix("/") ? [] : sourcePart.split(separator: "/").dropLast()
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }

    /// The `.rels` part that holds the relationships of `part`: `word/document.xml` → `word/_rels/document.xml.rels`.
    static func relationshipsPart(of part: String) -> String {
        var components = part.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let file = components.popLast() ?? part
        return (components + ["_rels", file + ".rels"]).joined(separator: "/")
    }
}
