import QiyueCore
import QiyueDocuments

/// The reviewed text of one file as numbered lines, with each finding's span marked and
/// linked to its row in the findings table (and back), and exempted lines shaded.
///
/// Spans are in the reviewed text's own lines and character columns. Marks never overlap:
/// a span starting inside an earlier one is clipped to start after it, and one left empty
/// still gets its reference link, so every row of the table has a place in the text.
struct HTMLSourceText {
    let file: OpinionFile
    let prefix: String

    private struct Mark {
        var number: Int
        var start: Int
        var end: Int
        var severity: String
    }

    func html() -> String {
        var marks: [Int: [Mark]] = [:]
        for finding in file.allFindings {
            let span = finding.reviewed
            guard span.line >= 1, span.line <= file.lines.count else { continue }
            let end = span.endLine == span.line ? span.endColumn - 1 : Int.max
            marks[span.line, default: []].append(Mark(number: finding.number, start: span.column - 1, end: end, severity: finding.severity.rawValue))
        }
        let exempt = Set(file.exemptions.map(\.reviewedLine))
        var html = "<div class=\"source\">\n"
        for (index, line) in file.lines.enumerated() {
            let number = index + 1
            html += "<p id=\"\(prefix)-L\(number)\"\(exempt.contains(number) ? " class=\"exempt\"" : "")><span class=\"ln\">\(number)</span>"
            html += marked(line, marks[number] ?? [])
            html += "</p>\n"
        }
        return html + "</div>\n"
    }

    private func marked(_ line: String, _ marks: [Mark]) -> String {
        guard !marks.isEmpty else { return HTMLEscaping.escape(line) }
        let characters = Array(line)
        var html = "", cursor = 0
        for mark in marks.sorted(by: { ($0.start, $0.number) < ($1.start, $1.number) }) {
            let start = min(max(mark.start, cursor), characters.count)
            let end = min(max(mark.end, start), characters.count)
            html += HTMLEscaping.escape(String(characters[cursor..<start]))
            let link = "<a class=\"ref\" id=\"\(prefix)-m\(mark.number)\" href=\"#\(prefix)-r\(mark.number)\">[\(mark.number)]</a>"
            if start < end {
                html += "<mark class=\"\(mark.severity)\">\(HTMLEscaping.escape(String(characters[start..<end])))</mark>"
            }
            html += link
            cursor = end
        }
        return html + HTMLEscaping.escape(String(characters[cursor...]))
    }
}
