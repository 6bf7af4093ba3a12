import Foundation
import QiyueCore

/// Reads `<!-- qiyue-disable … -->` comments out of a document.
enum SuppressionScanner {
    static func scan(_ analysis: DocumentAnalysis, knownRules: Set<String>) -> SuppressionSet {
        let text = analysis.text
        var result = SuppressionSet()
        var commentLines = Set<Int>()
        var parsed: [(line: Int, sameLine: Bool, ids: [String], reason: String, start: Int, end: Int)] = []
        let marker = analysis.suppressionTerm
        for hit in analysis.hits where hit.term == marker {
            let line = text.lineIndex(of: Int(hit.start))
            let lineStart = text.lineStarts[line]
            let lineEnd = text.lineEnd(line)
            let before = text.string(lineStart..<Int(hit.start))
            guard let open = before.range(of: "<!--", options: .backwards) else { continue }
            let after = text.string(Int(hit.end)..<lineEnd)
            guard let close = after.range(of: "-->") else { continue }
            let body = after[..<close.lowerBound]
            let idsPart: Substring, reason: String
            if let colon = body.firstIndex(of: ":") {
                idsPart = body[..<colon]
                reason = String(body[body.index(after: colon)...]).trimming(" ")
            } else {
                idsPart = body
                reason = ""
            }
            let ids = idsPart.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "、" }).map(String.init)
            let sameLine = !before[..<open.lowerBound].trimming(" ").isEmpty
            if !sameLine { commentLines.insert(line) }
            let spanEnd = Int(hit.end) + after.distance(from: after.startIndex, to: close.upperBound)
            parsed.append((line, sameLine, ids, reason, lineStart + before.distance(from: before.startIndex, to: open.lowerBound), spanEnd))
        }
        for comment in parsed {
            var target = comment.line
            if !comment.sameLine {
                target += 1
                while target < text.lineStarts.count, commentLines.contains(target) || isBlank(line: target, in: text) { target += 1 }
            }
            result.suppressions.append(Suppression(commentLine: comment.line, targetLine: target, ruleIDs: comment.ids, reason: comment.reason, comment: comment.start..<comment.end))
            let span = DocumentStructure.Span(start: comment.start, end: comment.end)
            if comment.ids.isEmpty || comment.reason.isEmpty {
                result.problems.append(LocatedMatch(rule: MetaRules.missingReason, start: comment.start, end: comment.end, sentence: span))
            }
            for id in comment.ids where !knownRules.contains(id) {
                var rule = MetaRules.unknownRule
                let hint = EditDistance.closest(to: id, among: knownRules)
                rule.message = LocalizedText(
                    zh: "抑制注释中的规则“\(id)”不存在" + (hint.map { "；您是否想输入“\($0)”？" } ?? ""),
                    en: "the suppression names unknown rule '\(id)'" + (hint.map { "; did you mean '\($0)'?" } ?? "")
                )
                result.problems.append(LocatedMatch(rule: rule, start: comment.start, end: comment.end, sentence: span))
            }
        }
        return result
    }

    static func isBlank(line: Int, in text: NormalizedText) -> Bool {
        let start = text.lineStarts[line]
        let end = text.lineEnd(line)
        return text.units[start..<max(start, end)].allSatisfy { $0 == 0x20 }
    }
}
