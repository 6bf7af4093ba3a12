import QiyueCore
import QiyueProjects

/// One string value of a project file, with its JSON pointer and source node.
///
/// Drafting looks at the project's strings as text that will end up in a document: to find
/// which field a flagged clause came from, and to refuse text that would act as markup.
public struct ProjectStringField: Sendable {
    public var pointer: JSONPointer
    public var text: String
    public var node: JSONNode

    /// Every string value of `file`, in document order.
    public static func all(in file: ProjectFile) -> [ProjectStringField] {
        var fields: [ProjectStringField] = []
        collect(file.root, pointer: .root, into: &fields)
        return fields
    }

    private static func collect(_ node: JSONNode, pointer: JSONPointer, into fields: inout [ProjectStringField]) {
        switch node.value {
        case let .string(text):
            fields.append(ProjectStringField(pointer: pointer, text: text, node: node))
        case let .object(members):
            for member in members { collect(member.value, pointer: pointer.appending(member.key), into: &fields) }
        case let .array(elements):
            for (index, element) in elements.enumerated() { collect(element, pointer: pointer.appending(index), into: &fields) }
        default:
            break
        }
    }
}
