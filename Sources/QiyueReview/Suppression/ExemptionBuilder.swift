import Foundation
import QiyueCore

/// Turns the suppressions of one text into exemptions located in the user's file, each with
/// the findings it silenced built exactly as reported findings are.
struct ExemptionBuilder {
    let analysis: DocumentAnalysis
    let extracted: ExtractedText
    let builder: FindingBuilder

    func exemptions(_ suppressions: [Suppression], silenced: [LocatedMatch]) -> [Exemption] {
        let text = analysis.text
        let findings = builder.findings(for: silenced)
        return suppressions.map { suppression in
            let target = suppression.targetLine
            let suppressed = zip(silenced, findings).filter { match, _ in
                text.lineIndex(of: match.start) == target && suppression.ruleIDs.contains(match.rule.id)
            }.map(\.1)
            let hasTarget = target < text.lineStarts.count
            return Exemption(
                ruleIDs: suppression.ruleIDs, reason: originalReason(suppression) ?? suppression.reason,
                line: extracted.originalPosition(line: suppression.commentLine + 1, column: 1).line,
                targetLine: extracted.originalPosition(line: min(target, text.lineStarts.count - 1) + 1, column: 1).line,
                reviewedLine: min(target, text.lineStarts.count - 1) + 1,
                targetText: hasTarget ? String(text.originalLine(target)).trimming(" \t") : "",
                suppressed: suppressed
            )
        }
    }

    /// The reason as the author wrote it: the scanner reads the folded text, where full-width
    /// punctuation has become ASCII, but a filing shows the words the reviewer wrote.
    func originalReason(_ suppression: Suppression) -> String? {
        let line = analysis.text.originalLine(suppression.commentLine)
        guard let marker = line.range(of: "qiyue-disable", options: .caseInsensitive),
              let close = line[marker.upperBound...].range(of: "-->") else { return nil }
        let body = line[marker.upperBound..<close.lowerBound]
        guard let colon = body.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return "" }
        return String(body[body.index(after: colon)...]).trimming(" \t　")
    }
}
