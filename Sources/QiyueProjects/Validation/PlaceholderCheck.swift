import QiyueCore

/// Flags text still holding the placeholders `qiyue init` writes (`待填写` / `TO FILL`), so a
/// starter file cannot slip into a dossier half filled.
struct PlaceholderCheck {
    static let markers = ["待填写", "TO FILL"]

    func findings(in file: ProjectFile) -> [ProjectFinding] {
        var findings: [ProjectFinding] = []
        visit(file.root, at: .root, into: &findings)
        return findings
    }

    private func visit(_ node: JSONNode, at pointer: JSONPointer, into findings: inout [ProjectFinding]) {
        switch node.value {
        case let .string(text) where Self.markers.contains(where: text.contains):
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
