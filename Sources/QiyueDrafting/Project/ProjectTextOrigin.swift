import Foundation
import QiyueCore
import QiyueProjects
import QiyueReview

/// Finds the project-file field a piece of rendered text came from.
///
/// A banned clause in a drafted agreement comes either from the template or from a
/// free-text field of the project. When it is the field, the officer must fix the project
/// file, so the finding is followed by a note pointing at the very characters in it.
public struct ProjectTextOrigin: Sendable {
    /// Fields longer than this are not searched, so hostile data cannot make the search
    /// quadratic in a megabyte-long string; such a finding simply gets no note.
    static let longestField = 4_000

    let file: ProjectFile
    let fields: [ProjectStringField]

    public init(file: ProjectFile) {
        self.file = file
        // Longer values first: a clause matches its whole field before any short fragment.
        self.fields = ProjectStringField.all(in: file)
            .filter { (4...Self.longestField).contains($0.text.count) }
            .sorted { $0.text.count > $1.text.count }
    }

    /// The note for a finding whose span starts at `column` (1-based, in characters) of the
    /// rendered `line`, or `nil` when the span is not inside any project field's text.
    public func note(for finding: Finding, language: Language) -> Diagnostic? {
        guard let diagnostic = note(line: finding.sourceLine, column: finding.sourceColumn, length: finding.sourceLength, language: language) else { return nil }
        var located = diagnostic
        // The place in the drafted document: a line of Markdown or HTML, a paragraph of a DOCX.
        let file = ((finding.diagnostic.location?.file ?? "") as NSString).lastPathComponent
        let paragraphs = file.lowercased().hasSuffix(".docx")
        let place = language == .zh
            ? "\(file) 第 \(finding.line) \(paragraphs ? "段" : "行")"
            : "\(file) \(paragraphs ? "paragraph" : "line") \(finding.line)"
        located.message = language == .zh
            ? "[\(finding.ruleID)]（\(place)）的文字来自项目文件的 \(diagnostic.notes.first ?? "")，请在项目文件中修改"
            : "[\(finding.ruleID)] (\(place)) comes from \(diagnostic.notes.first ?? "") in the project file; fix it there"
        located.notes = []
        return located
    }

    func note(line: String, column: Int, length: Int, language: Language) -> Diagnostic? {
        // Markdown output escapes project text (`\*\*`); fields are found in the text it reads as.
        let (characters, spanStart) = Self.unescaped(Array(line), position: column - 1)
        guard spanStart >= 0, spanStart < characters.count else { return nil }
        for field in fields {
            let needle = Array(field.text)
            guard let start = Self.occurrence(of: needle, in: characters, covering: spanStart) else { continue }
            let offsetInField = spanStart - start
            let location = file.location(ofByte: field.node.offset)
            // Point at the span inside the string literal when the literal has no escapes, so
            // its characters line up with the source; otherwise at the opening quote.
            let literalLength = field.node.length - 2
            let escaped = literalLength != field.text.utf8.count
            let pointed = escaped ? location : SourceLocation(file: location.file, line: location.line, column: location.column + 1 + offsetInField)
            return Diagnostic(
                severity: .note,
                location: pointed,
                length: escaped ? 1 : min(length, needle.count - offsetInField),
                message: language == .zh
                    ? "该条款的文字来自项目文件的 \(field.pointer)，请在项目文件中修改"
                    : "the text of this clause comes from \(field.pointer) in the project file; fix it there",
                notes: [field.pointer.description])
        }
        return nil
    }

    /// `line` without Markdown's backslash escapes, and where `position` moves to in it.
    static func unescaped(_ line: [Character], position: Int) -> ([Character], Int) {
        guard line.contains("\\") else { return (line, position) }
        var result: [Character] = []
        var moved = position
        var index = 0
        while index < line.count {
            if line[index] == "\\", index + 1 < line.count, line[index + 1].isASCII, line[index + 1].isPunctuation || line[index + 1].isSymbol {
                if index < position { moved -= 1 }
                index += 1
            }
            result.append(line[index])
            index += 1
        }
        return (result, max(0, moved))
    }

    /// The start of an occurrence of `needle` in `haystack` whose range contains `position`.
    private static func occurrence(of needle: [Character], in haystack: [Character], covering position: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        let lowest = max(0, position - needle.count + 1)
        let highest = min(position, haystack.count - needle.count)
        guard lowest <= highest else { return nil }
        for start in lowest...highest where haystack[start..<start + needle.count].elementsEqual(needle) {
            return start
        }
        return nil
    }
}
