import QiyueCore
import QiyueProjects

/// The project fields a drafting template cannot do without.
///
/// The project schema lets an early project package leave most fields out, but an agreement
/// without an investment amount or a deadline is no agreement. Checking before rendering
/// lists every missing field at once, each by its JSON pointer and at its place in the
/// project file, instead of stopping at the first undefined variable inside the template.
/// Each template declares what it needs in its header (`DraftTemplateHeader`); fields it
/// treats as optional (risks, jobs, 丙方, conditions, …) are not listed there.
enum DraftRequirements {
    /// The pointers the template declares required that `file` lacks (a `null` counts as missing).
    static func missing(in file: ProjectFile, for header: DraftTemplateHeader) -> [String] {
        var required = header.required
        for condition in header.conditional where file.root.string(at: condition.pointer) == condition.value {
            required += condition.required
        }
        return required.filter { pointer in
            guard let node = file.root.node(at: pointer) else { return true }
            return node.value.isNull
        }
    }

    /// One error per missing part of the project: a missing object is reported once, naming
    /// the fields it should hold, at the nearest part of the project that exists.
    static func diagnostics(_ missing: [String], in file: ProjectFile, document: LocalizedText, language: Language) -> [Diagnostic] {
        var groups: [(top: JSONPointer, fields: [String])] = []
        for pointer in missing {
            let top = highestMissingAncestor(of: JSONPointer(parsing: pointer) ?? .root, in: file)
            if let index = groups.firstIndex(where: { $0.top == top }) {
                groups[index].fields.append(pointer)
            } else {
                groups.append((top, [pointer]))
            }
        }
        return groups.map { group in
            var parent = group.top
            var location: SourceLocation?
            while location == nil, !parent.tokens.isEmpty {
                parent = parent.parent
                location = file.root.node(at: parent).map { file.location(ofByte: $0.offset) }
            }
            let top = group.top.description
            let fields = group.fields == [top] ? "" : (language == .zh ? "（需要 " : " (") + group.fields.joined(separator: ", ") + (language == .zh ? "）" : ")")
            let message = language == .zh
                ? "\(top): 缺少此项\(fields)，无法生成\(document.zh)"
                : "\(top): missing\(fields); required for the \(document.en)"
            return Diagnostic(severity: .error, location: location, message: message, code: "drafting.missing-field")
        }
    }

    /// `/land/area_mu` → `/land` when the project has no `land` at all.
    static func highestMissingAncestor(of pointer: JSONPointer, in file: ProjectFile) -> JSONPointer {
        var prefix = JSONPointer.root
        for token in pointer.tokens {
            prefix = prefix.appending(token)
            if file.root.node(at: prefix).map({ $0.value.isNull }) ?? true { return prefix }
        }
        return pointer
    }
}
