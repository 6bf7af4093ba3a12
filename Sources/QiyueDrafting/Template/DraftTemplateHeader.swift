import Foundation
import QiyueCore

/// What a drafting template declares about itself in the comment block it opens with:
/// what the document is called and which project data it cannot do without.
///
/// ```
/// {#---
/// document: 投资协议 / agreement
/// requires: /name /industry/code
///   /land/area_mu
/// requires if /agreement/dispute_resolution/method = arbitration: /agreement/dispute_resolution/institution
/// english: required
/// ---#}
/// ```
///
/// The block is a Jinja comment, so the template renders the same in any Jinja engine, and the
/// declaration lives with the template an officer edits instead of in code that matches
/// template names. Values continue on indented lines.
public struct DraftTemplateHeader: Sendable, Equatable {
    /// The document's name in messages (`无法生成投资协议`).
    public var document = LocalizedText(zh: "文档", en: "document")
    /// JSON pointers the project must hold (a `null` counts as missing).
    public var required: [String] = []
    /// Pointers required only when the string at `pointer` equals `value`.
    public var conditional: [Condition] = []
    /// Whether every text field of the project needs its English (the bilingual brochure).
    public var needsEnglish = false

    public struct Condition: Sendable, Equatable {
        public var pointer: String
        public var value: String
        public var required: [String]
    }

    public init() {}

    static let opening = "{#---"
    static let closing = "---#}"

    /// The header of template `text` named `name`; a template without one declares nothing.
    static func parse(_ text: String, name: String, language: Language) throws(DraftingFailure) -> DraftTemplateHeader {
        var header = DraftTemplateHeader()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        guard lines.first.map({ $0.trimmingCharacters(in: .whitespaces) == opening }) ?? false else { return header }
        var entries: [(key: String, value: String, line: Int)] = []
        var closed = false
        for (number, line) in lines.enumerated().dropFirst() {
            if line.trimmingCharacters(in: .whitespaces) == closing {
                closed = true
                break
            }
            if line.first == " " || line.first == "\t", !entries.isEmpty {
                entries[entries.count - 1].value += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = Self.keyColon(in: line) {
                entries.append((String(line[..<colon]).trimmingCharacters(in: .whitespaces),
                                String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces), number + 1))
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                throw failure(name, line: number + 1, zh: "模板声明的行须为“键: 值”", en: "a template declaration line must be 'key: value'", language)
            }
        }
        guard closed else { throw failure(name, line: 1, zh: "模板声明缺少结束行“\(closing)”", en: "the template declaration lacks its closing line '\(closing)'", language) }
        for entry in entries {
            let words = entry.value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            switch entry.key {
            case "document":
                let parts = entry.value.split(separator: "/", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                header.document = LocalizedText(zh: parts[0], en: parts.count > 1 ? parts[1] : parts[0])
            case "requires":
                header.required += words
            case "english":
                header.needsEnglish = entry.value == "required"
            default:
                let condition = entry.key.split(separator: " ").map(String.init)
                guard condition.count == 5, condition[0] == "requires", condition[1] == "if", condition[3] == "=" else {
                    throw failure(name, line: entry.line, zh: "未知的模板声明“\(entry.key)”", en: "unknown template declaration '\(entry.key)'", language)
                }
                header.conditional.append(Condition(pointer: condition[2], value: condition[4], required: words))
            }
        }
        for pointer in header.required + header.conditional.flatMap({ [$0.pointer] + $0.required }) where JSONPointer(parsing: pointer) == nil {
            throw failure(name, line: 1, zh: "模板声明中的“\(pointer)”不是 JSON 指针", en: "'\(pointer)' in the template declaration is not a JSON pointer", language)
        }
        return header
    }

    /// The colon that ends a key: the first `:` followed by a space or the line's end.
    private static func keyColon(in line: Substring) -> Substring.Index? {
        var index = line.startIndex
        while index < line.endIndex {
            if line[index] == ":" {
                let next = line.index(after: index)
                if next == line.endIndex || line[next] == " " { return index }
            }
            index = line.index(after: index)
        }
        return nil
    }

    private static func failure(_ name: String, line: Int, zh: String, en: String, _ language: Language) -> DraftingFailure {
        DraftingFailure([DraftingMessage(Diagnostic(
            severity: .error, location: SourceLocation(file: name, line: line, column: 1),
            message: language == .zh ? zh : en, code: "drafting.template-declaration"))])
    }
}
