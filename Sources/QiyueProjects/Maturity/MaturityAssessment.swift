import Foundation
import QiyueCore

/// Scores a project package against action plan item 9 (`MaturityRubric`).
///
/// A field counts when it holds something: a non-empty string or Chinese text, a number,
/// a non-empty list. Two fields count only with the right value: the industry code must
/// be in the catalogue, and `planning_compliant` must be `true` — a site that does not
/// conform to the plan is not a mature package however well it is described. A value the
/// schema rejects (an area written as "三百") states nothing and earns nothing.
public struct MaturityAssessment: Sendable {
    public var catalog: IndustryCatalog
    public var rubric: [MaturityElement]

    public init(catalog: IndustryCatalog = .builtIn, rubric: [MaturityElement] = MaturityRubric.elements) {
        self.catalog = catalog
        self.rubric = rubric
    }

    /// Scores `file`; pass its `validation` when already at hand to avoid validating twice.
    public func assess(_ file: ProjectFile, validation: ProjectValidation? = nil) -> MaturityReport {
        let findings = validation?.findings.filter { $0.code.hasPrefix("schema.") }
            ?? SchemaValidator(schema: .project).validate(file.root).findings
        let invalid = Set(findings.map(\.pointer.rawValue))
        return MaturityReport(elements: rubric.map { element in
            var present: [MaturityElement.Field] = []
            var missing: [MaturityElement.Field] = []
            var remarks: [LocalizedText] = []
            for field in element.fields {
                let node = file.root.node(at: field.pointer)
                if let remark = disqualification(of: field.pointer, node: node) {
                    remarks.append(remark)
                    missing.append(field)
                } else if let node, Self.holdsSomething(node),
                          !Self.hasInvalidValue(at: field.pointer, invalid: invalid) {
                    present.append(field)
                } else {
                    missing.append(field)
                }
            }
            return MaturityReport.ElementResult(element: element, points: present.reduce(0) { $0 + $1.points },
                                                present: present, missing: missing, remarks: remarks)
        })
    }

    /// The reason a field that is filled in still earns nothing, if any.
    private func disqualification(of pointer: String, node: JSONNode?) -> LocalizedText? {
        guard let node else { return nil }
        switch pointer {
        case "/industry/code":
            guard let code = node.value.stringValue, catalog.entry(for: code) == nil else { return nil }
            return LocalizedText(zh: "产业代码 \"\(code)\" 不在指导目录中", en: "industry code \"\(code)\" is not in the catalogue")
        case "/site/planning_compliant":
            guard node.value.boolValue == false else { return nil }
            return LocalizedText(zh: "选址尚不符合国土空间规划", en: "the site does not yet conform to territorial spatial planning")
        default:
            return nil
        }
    }

    /// Whether the schema rejected the value at `pointer` or anything inside it.
    static func hasInvalidValue(at pointer: String, invalid: Set<String>) -> Bool {
        invalid.contains(pointer) || invalid.contains { $0.hasPrefix(pointer + "/") }
    }

    /// Whether a value states something: `false`, empty text, `qiyue init` placeholders and
    /// empty lists state nothing.
    static func holdsSomething(_ node: JSONNode) -> Bool {
        switch node.value {
        case .null: return false
        case let .bool(flag): return flag
        case .number: return true
        case let .string(text): return !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && !PlaceholderCheck.isPlaceholder(text)
        case let .array(elements): return elements.contains(where: holdsSomething)
        case let .object(members):
            if members.contains(where: { $0.key == "zh" }) {
                return node["zh"].map(holdsSomething) ?? false
            }
            return members.contains { !$0.key.hasPrefix("_") && holdsSomething($0.value) }
        }
    }
}
