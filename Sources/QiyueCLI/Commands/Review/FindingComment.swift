import QiyueCore
import QiyueDocuments
import QiyueReview

/// What a finding says as a Word comment (批注), and where in the body it is anchored.
///
/// A reviewer reads the comment beside the clause, without the terminal report: the rule
/// and its message, the article, who promises what to whom, the checked provisions and the
/// lawful rewrite, each on a paragraph of its own.
enum FindingComment {
    static func comment(for finding: Finding, bodyLineCount: Int, language: Language) -> DocxComment {
        DocxComment(anchor: anchor(of: finding, bodyLineCount: bodyLineCount), paragraphs: paragraphs(of: finding, language: language))
    }

    /// The finding's span in the body; findings about the whole document (a missing clause)
    /// and findings outside the body (a header, a footnote) are anchored on the title.
    static func anchor(of finding: Finding, bodyLineCount: Int) -> DocxComment.Anchor {
        guard finding.category != .completeness, finding.review.reviewed.line <= bodyLineCount,
              finding.review.reviewed.endLine <= bodyLineCount, finding.diagnostic.location != nil
        else { return .title }
        return .span(paragraph: finding.line, column: finding.column, endParagraph: finding.endLine, endColumn: finding.endColumn)
    }

    static func paragraphs(of finding: Finding, language: Language) -> [String] {
        let zh = language == .zh
        var lines = ["[\(finding.ruleID)] " + finding.message.text(in: language)]
        let place = [finding.article, finding.place].compactMap { $0 }.joined(separator: " ")
        if !place.isEmpty { lines.append((zh ? "位置：" : "Place: ") + place) }
        if let frame = finding.frame {
            if let giver = frame.giver { lines.append((zh ? "给予方：" : "Giver: ") + giver.display) }
            if let beneficiary = frame.beneficiary { lines.append((zh ? "受益方：" : "Beneficiary: ") + beneficiary.display) }
            var measure = frame.act
            if let base = frame.base { measure += zh ? "（基数：\(base)）" : " (base: \(base))" }
            if let amount = frame.measure { measure += zh ? "（额度：\(amount.text)）" : " (measure: \(amount.text))" }
            lines.append((zh ? "措施：" : "Measure: ") + measure)
        }
        for entry in finding.review.basis {
            lines.append((zh ? "依据：" : "Basis: ") + entry.line)
        }
        lines.append((zh ? "建议：" : "Suggestion: ") + finding.suggestion.text(in: language))
        return lines
    }
}
