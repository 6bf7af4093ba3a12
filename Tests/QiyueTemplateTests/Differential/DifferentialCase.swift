import Foundation

/// One case of the differential suite: templates, data, and which template to render.
///
/// The `.cases` format is shared with `scripts/jinja-oracle.py`, which renders the same
/// cases with Jinja2 and writes `expected.json`.
struct DifferentialCase {
    let key: String
    var mainTemplate = "case.md"
    var files: [String: String] = [:]
    var data = "{}"

    /// Parses a `.cases` file. Lines are split at `\n` only, so `\r\n` survives into templates.
    static func parse(fileName: String, text: String) -> [DifferentialCase] {
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        if lines.last == "" { lines.removeLast() }
        var cases: [DifferentialCase] = []
        var sections: [(kind: String, name: String, lines: [String])] = []
        var noFinalNewline = false
        var current: DifferentialCase?
        func finish() {
            guard var done = current else { return }
            for section in sections {
                if section.kind == "data" {
                    done.data = section.lines.joined(separator: "\n")
                } else {
                    var body = section.lines.joined(separator: "\n") + "\n"
                    if section.name == done.mainTemplate, noFinalNewline { body.removeLast() }
                    done.files[section.name] = body
                }
            }
            cases.append(done)
        }
        for line in lines {
            if line.hasPrefix("=== ") {
                finish()
                current = DifferentialCase(key: fileName + "/" + line.dropFirst(4).trimmingCharacters(in: .whitespaces))
                sections = []
                noFinalNewline = false
            } else if line.hasPrefix("--- "), current != nil {
                let words = line.dropFirst(4).split(separator: " ").map(String.init)
                switch words.first {
                case "template":
                    let rest = words.dropFirst().filter { $0 != "nonl" }
                    current!.mainTemplate = rest.first ?? "case.md"
                    noFinalNewline = words.contains("nonl")
                    sections.append(("file", current!.mainTemplate, []))
                case "file": sections.append(("file", words[1], []))
                default: sections.append(("data", "", []))
                }
            } else if !sections.isEmpty {
                sections[sections.count - 1].lines.append(line)
            }
        }
        finish()
        return cases
    }
}
