import QiyueCore

/// Flags text still holding the placeholders `qiyue init` writes (`待填写` / `TO FILL`), so a
/// starter file cannot slip into a dossier half filled.
struct PlaceholderCheck {
    static let markers = ["待填写", "TO FILL"]
    private static let markerBytes = markers.map { Array($0.utf8) }

    func findings(in file: ProjectFile) -> [ProjectFinding] {
        var findings: [ProjectFinding] = []
        visit(file.root, at: .root, into: &findings)
        return findings
    }

    /// Whether `text` still holds a starter placeholder.
    static func isPlaceholder(_ text: String) -> Bool {
        markerBytes.contains { contains(text, $0) }
    }

    /// A plain byte search: project files hold thousands of strings, and the generic and
    /// Foundation searches cost more in set-up than in searching.
    static func contains(_ text: String, _ marker: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { buffer in
            guard let first = marker.first, buffer.count >= marker.count else { return false }
            for start in 0...(buffer.count - marker.count) where buffer[start] == first {
                if buffer[start..<start + marker.count].elementsEqual(marker) { return true }
            }
            return false
        }
    }

    private func visit(_ node: JSONNode, at pointer: JSONPointer, into findings: inout [ProjectFinding]) {
        switch node.value {
        case let .string(text) where Self.isPlaceholder(text):
            findings.append(ProjectFinding(.warning, pointer, code: "placeholder.unfilled", message: LocalizedText(
                zh: "仍是模板占位内容，请填写", en: "still holds the starter's placeholder; fill it in"
            ), at: node))
        case let .object(members):
            for member in members where !member.key.hasPrefix("_") {
                visit(member.value, at: pointer.appending(member.key), into: &findings)
            }
        case let .array(elements):
            for (index, element) in elements.enumerated() {
                visit(element, at: pointer.appending(index), into: &findings)
            }
        default:
            break
        }
    }
}
