import QiyueDocuments

/// The reviewed text of one file as numbered paragraphs for the Word opinion, each
/// finding's span in bold and underlined and followed by its number in brackets.
struct DocxSourceText {
    let file: OpinionFile

    func blocks() -> [Block] {
        var marks: [Int: [(number: Int, start: Int, end: Int)]] = [:]
        for finding in file.allFindings {
            let span = finding.reviewed
            guard span.line >= 1, span.line <= file.lines.count else { continue }
            marks[span.line, default: []].append((finding.number, span.column - 1, span.endLine == span.line ? span.endColumn - 1 : Int.max))
        }
        let exempt = Set(file.exemptions.map(\.reviewedLine))
        return file.lines.enumerated().map { index, line in
            let number = index + 1
            var content: [Inline] = [.text("\(number)　")]
            if exempt.contains(number) { content.append(.italic([.text("〔豁免〕")])) }
            let characters = Array(line)
            var cursor = 0
            for mark in (marks[number] ?? []).sorted(by: { ($0.start, $0.number) < ($1.start, $1.number) }) {
                let start = min(max(mark.start, cursor), characters.count)
                let end = min(max(mark.end, start), characters.count)
                if cursor < start { content.append(.text(String(characters[cursor..<start]))) }
                if start < end { content.append(.bold([.underline([.text(String(characters[start..<end]))])])) }
                content.append(.superscript([.text("[\(mark.number)]")]))
                cursor = end
            }
            if cursor < characters.count { content.append(.text(String(characters[cursor...]))) }
            return .paragraph(content)
        }
    }
}
