import Foundation
import QiyueCore

/// Interprets the subset of JSON Schema 2020-12 listed in `JSONSchema.supportedKeywords`
/// and reports every violation with its JSON pointer and a sentence a person can act on.
///
/// General-purpose validators report "is not valid under any of the given schemas"; this
/// one knows what the officer meant: a wrong type names the expected type and the value
/// found, an unknown field suggests the closest allowed name, and when a value fails every
/// branch of an `anyOf` the branch of the value's own type explains why.
public struct SchemaValidator: Sendable {
    public let schema: JSONSchema

    /// How many `$ref`s may be followed in a row at one place of the instance.
    static let maximumReferenceDepth = 32

    /// Unknown fields beyond this many in one object get no "did you mean".
    static let maximumSuggestions = 100

    public init(schema: JSONSchema) {
        self.schema = schema
    }

    public func validate(_ document: JSONNode) -> SchemaValidation {
        var result = SchemaValidation()
        validate(document, against: schema.root, at: .root, into: &result)
        // Report in document order, as a reader scans the file; the sort is stable.
        result.findings = result.findings.enumerated().sorted {
            ($0.element.byteOffset ?? Int.max, $0.offset) < ($1.element.byteOffset ?? Int.max, $1.offset)
        }.map(\.element)
        return result
    }

    private func validate(_ node: JSONNode, against schemaNode: JSONNode, at pointer: JSONPointer, into result: inout SchemaValidation) {
        if case let .bool(allowed) = schemaNode.value {
            if !allowed { result.findings.append(finding(pointer, "schema.not-allowed", SchemaMessages.notAllowed, node)) }
            return
        }
        if let reference = schemaNode["$ref"]?.value.stringValue, let target = schema.resolve(reference) {
            // A reference that leads back to itself without consuming the instance would
            // recurse forever; such a schema is broken, and its cycle is cut here.
            guard result.referenceDepth < Self.maximumReferenceDepth else { return }
            var inner = SchemaValidation()
            inner.referenceDepth = result.referenceDepth + 1
            validate(node, against: target, at: pointer, into: &inner)
            result.findings += inner.findings
            result.references += inner.references
            if inner.isValid, let name = reference.split(separator: "/").last {
                result.references.append((pointer, String(name)))
            }
        }
        if let branches = schemaNode["anyOf"]?.value.elements {
            validateAnyOf(node, branches: branches, at: pointer, into: &result)
        }
        if let types = schemaNode["type"], !matches(node.value, types: types.value) {
            let names = (types.value.elements?.compactMap(\.value.stringValue) ?? [types.value.stringValue].compactMap { $0 })
            let expected = SchemaMessages.alternatives(names.map(SchemaMessages.typeName))
            result.findings.append(finding(pointer, "schema.type", SchemaMessages.expected(expected, found: node.value), node))
            return
        }
        if let allowed = schemaNode["enum"]?.value.elements, !allowed.contains(where: { $0.value.sameJSON(as: node.value) }) {
            let names = allowed.compactMap(\.value.stringValue)
            let suggestion = node.value.stringValue.flatMap { EditDistance.closest(to: $0, among: names) }
            result.findings.append(finding(pointer, "schema.enum", SchemaMessages.notOneOf(allowed.map(\.value), found: node.value, suggestion: suggestion), node))
            return
        }
        if let constant = schemaNode["const"], !constant.value.sameJSON(as: node.value) {
            result.findings.append(finding(pointer, "schema.const", SchemaMessages.constant(constant.value, found: node.value), node))
        }
        switch node.value {
        case let .string(text): validateString(text, node: node, schemaNode: schemaNode, at: pointer, into: &result)
        case let .number(number): validateNumber(number, node: node, schemaNode: schemaNode, at: pointer, into: &result)
        case let .object(members): validateObject(members, node: node, schemaNode: schemaNode, at: pointer, into: &result)
        case let .array(elements): validateArray(elements, node: node, schemaNode: schemaNode, at: pointer, into: &result)
        default: break
        }
    }

    /// Accepts the first branch that validates; otherwise explains the most relevant failure.
    private func validateAnyOf(_ node: JSONNode, branches: [JSONNode], at pointer: JSONPointer, into result: inout SchemaValidation) {
        var attempts: [SchemaValidation] = []
        for branch in branches {
            var attempt = SchemaValidation()
            validate(node, against: branch, at: pointer, into: &attempt)
            if attempt.isValid {
                result.references += attempt.references
                return
            }
            attempts.append(attempt)
        }
        // A branch of the value's own type failed on its details: those details are the news.
        for (branch, attempt) in zip(branches, attempts) where branchTypes(branch).contains(where: { matches(node.value, types: .string($0)) }) {
            result.findings += attempt.findings
            return
        }
        let expected = SchemaMessages.alternatives(branches.map(describeBranch))
        result.findings.append(finding(pointer, "schema.type", SchemaMessages.expected(expected, found: node.value), node))
    }

    private func branchTypes(_ branch: JSONNode) -> [String] {
        let resolved = resolvedBranch(branch)
        guard let types = resolved["type"]?.value else { return [] }
        return types.elements?.compactMap(\.value.stringValue) ?? [types.stringValue].compactMap { $0 }
    }

    private func resolvedBranch(_ branch: JSONNode) -> JSONNode {
        if let reference = branch["$ref"]?.value.stringValue, let target = schema.resolve(reference) { return target }
        return branch
    }

    /// `a string`, or `an object {"zh", "en"}` for an object branch with a few known fields.
    private func describeBranch(_ branch: JSONNode) -> LocalizedText {
        let resolved = resolvedBranch(branch)
        let types = branchTypes(branch)
        var text = SchemaMessages.alternatives(types.map(SchemaMessages.typeName))
        if types == ["object"], let properties = resolved["properties"]?.value.members, properties.count <= 4 {
            let names = properties.map { "\"\($0.key)\"" }.joined(separator: ", ")
            text.zh += " {\(names)}"
            text.en += " {\(names)}"
        }
        return text
    }

    private func matches(_ value: JSONValue, types: JSONValue) -> Bool {
        if let list = types.elements {
            return list.contains { matches(value, types: $0.value) }
        }
        switch (types.stringValue, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array), ("object", .object):
            return true
        case let ("integer", .number(number)):
            return number.isInteger
        default:
            return false
        }
    }

    private func validateString(_ text: String, node: JSONNode, schemaNode: JSONNode, at pointer: JSONPointer, into result: inout SchemaValidation) {
        let length = text.count
        if let minimum = schemaNode["minLength"]?.value.doubleValue, Double(length) < minimum {
            let message = minimum == 1 ? SchemaMessages.empty : SchemaMessages.minimumLength(Int(minimum))
            result.findings.append(finding(pointer, minimum == 1 ? "schema.empty" : "schema.min-length", message, node))
            return
        }
        if let maximum = schemaNode["maxLength"]?.value.doubleValue, Double(length) > maximum {
            result.findings.append(finding(pointer, "schema.max-length", SchemaMessages.maximumLength(Int(maximum)), node))
        }
        if let pattern = schemaNode["pattern"]?.value.stringValue, !schema.expressions.matches(text, pattern: pattern) {
            var message = SchemaMessages.pattern(pattern, found: node.value)
            if let hint = schemaNode["x-hint"] {
                message.zh += "（\(hint["zh"]?.value.stringValue ?? "")）"
                message.en += " (\(hint["en"]?.value.stringValue ?? ""))"
            }
            result.findings.append(finding(pointer, "schema.pattern", message, node))
        }
        if schemaNode["format"]?.value.stringValue == "date" {
            if !schema.expressions.matches(text, pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$") {
                result.findings.append(finding(pointer, "schema.format", SchemaMessages.dateFormat(found: node.value), node))
            } else if CalendarDate(text) == nil {
                result.findings.append(finding(pointer, "schema.format", SchemaMessages.invalidDate(text), node))
            }
        }
    }

    private func validateNumber(_ number: JSONNumber, node: JSONNode, schemaNode: JSONNode, at pointer: JSONPointer, into result: inout SchemaValidation) {
        let checks: [(String, (Double, Double) -> Bool)] = [
            ("exclusiveMinimum", { $0 > $1 }), ("minimum", { $0 >= $1 }),
            ("exclusiveMaximum", { $0 < $1 }), ("maximum", { $0 <= $1 }),
        ]
        for (keyword, holds) in checks {
            guard case let .number(limit)? = schemaNode[keyword]?.value, !holds(number.value, limit.value) else { continue }
            result.findings.append(finding(pointer, "schema.range", SchemaMessages.bound(keyword, limit, found: number), node))
            return
        }
    }

    private func validateObject(_ members: [JSONMember], node: JSONNode, schemaNode: JSONNode, at pointer: JSONPointer, into result: inout SchemaValidation) {
        var seen: Set<String> = []
        for member in members where !seen.insert(member.key).inserted {
            result.findings.append(ProjectFinding(.error, pointer.appending(member.key), code: "schema.duplicate",
                                                  message: SchemaMessages.duplicate(member.key), at: keyNode(member)))
        }
        for required in schemaNode["required"]?.value.elements?.compactMap(\.value.stringValue) ?? [] where !seen.contains(required) {
            result.findings.append(ProjectFinding(.error, pointer, code: "schema.required", message: SchemaMessages.missing(required),
                                                  at: JSONNode(node.value, offset: node.offset, length: 1)))
        }
        let properties = schemaNode["properties"]?.value.members ?? []
        let patterns = schemaNode["patternProperties"]?.value.members ?? []
        let additional = schemaNode["additionalProperties"]
        // Validate the value that is used (the last of duplicates) once; a dictionary keeps
        // this linear for objects with very many members.
        let allowed = LocalizedText(zh: "允许的字段：" + properties.map(\.key).joined(separator: "、"),
                                    en: "allowed fields: " + properties.map(\.key).joined(separator: ", "))
        var unknownCount = 0
        var lastIndex: [String: Int] = [:]
        for (index, member) in members.enumerated() { lastIndex[member.key] = index }
        for (index, member) in members.enumerated() where lastIndex[member.key] == index {
            let path = pointer.appending(member.key)
            var matched = false
            if let property = properties.last(where: { $0.key == member.key }) {
                validate(member.value, against: property.value, at: path, into: &result)
                matched = true
            }
            for pattern in patterns where schema.expressions.matches(member.key, pattern: pattern.key) {
                validate(member.value, against: pattern.value, at: path, into: &result)
                matched = true
            }
            guard !matched, let additional else { continue }
            if case .bool(false) = additional.value {
                unknownCount += 1
                // Suggestions are for typos: a long key is no typo, and a file with thousands of
                // unknown keys is not a typo either; both would cost quadratic time.
                let suggestion = member.key.count > 64 || unknownCount > Self.maximumSuggestions ? nil
                    : EditDistance.closest(to: member.key, among: properties.map(\.key).filter { !seen.contains($0) || $0 == member.key })
                result.findings.append(ProjectFinding(.error, path, code: "schema.unknown-field", message: SchemaMessages.unknown(member.key, suggestion: suggestion),
                                                      at: keyNode(member), notes: suggestion == nil ? [allowed] : []))
            } else {
                validate(member.value, against: additional, at: path, into: &result)
            }
        }
    }

    private func validateArray(_ elements: [JSONNode], node: JSONNode, schemaNode: JSONNode, at pointer: JSONPointer, into result: inout SchemaValidation) {
        if let minimum = schemaNode["minItems"]?.value.doubleValue, Double(elements.count) < minimum {
            result.findings.append(finding(pointer, "schema.min-items", SchemaMessages.minimumItems(Int(minimum)), node))
        }
        if let maximum = schemaNode["maxItems"]?.value.doubleValue, Double(elements.count) > maximum {
            result.findings.append(finding(pointer, "schema.max-items", SchemaMessages.maximumItems(Int(maximum)), node))
        }
        if let items = schemaNode["items"] {
            for (index, element) in elements.enumerated() {
                validate(element, against: items, at: pointer.appending(index), into: &result)
            }
        }
    }

    /// A node spanning a member's quoted key, so carets point at the name that is wrong.
    private func keyNode(_ member: JSONMember) -> JSONNode {
        JSONNode(.string(member.key), offset: member.keyOffset, length: JSONWriter.quoted(member.key).utf8.count)
    }

    private func finding(_ pointer: JSONPointer, _ code: String, _ message: LocalizedText, _ node: JSONNode) -> ProjectFinding {
        ProjectFinding(.error, pointer, code: code, message: message, at: node)
    }

    /// Pattern matching outside a schema (the industry-code shape in semantic checks).
    static func matches(_ text: String, pattern: String) -> Bool {
        JSONSchema.project.expressions.matches(text, pattern: pattern)
    }
}
