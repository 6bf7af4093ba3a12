import QiyueCore
import QiyueDocuments
import QiyueReview

/// What a finding says as a Word comment (批注), where in the body it is anchored, and the
/// tracked change (修订) it proposes.
///
/// A reviewer reads the comment beside the clause, without the terminal report: the rule
/// and its message, the article, who promises what to whom, the checked provisions and the
/// lawful rewrite, each on a paragraph of its own.
enum FindingComment {
    /// The comment on the finding; with `redline` (the wordings and places a redline uses),
    /// also its tracked change or added clause.
    static func comment(for finding: Finding, in document: DocxEditableDocument, redline modelClauses: ModelClauses?, language: Language) -> DocxComment {
        let anchor = anchor(of: finding, bodyLineCount: document.bodyLineCount)
        var comment = DocxComment(anchor: anchor, paragraphs: paragraphs(of: finding, language: language))
        guard let modelClauses else { return comment }
        let wording = modelClauses.rewrite(for: finding.ruleID)
        if finding.category == .completeness {
            if let wording, let after = modelClauses.insertionParagraph {
                comment.addition = DocxAddedParagraph(afterParagraph: after, text: wording, order: modelClauses.rank(of: finding.ruleID))
            }
        } else {
            comment.rewrite = rewrite(for: finding, wording: wording, anchor: anchor, in: document)
        }
        return comment
    }

    /// The tracked change a finding proposes: its sentence struck out and the lawful wording
    /// put in — the rule's own `rewrite` when the pack gives one, else the wording its
    /// suggestion quotes (改为“…”). A suggestion that only says to delete (删除…) strikes the
    /// sentence out; any other proposes no change. Only a sentence found whole in the
    /// finding's paragraph is changed.
    static func rewrite(for finding: Finding, wording: String? = nil, anchor: DocxComment.Anchor, in document: DocxEditableDocument) -> DocxRewrite? {
        guard case let .span(paragraph, column, endParagraph, _) = anchor, paragraph == endParagraph,
              let text = document.paragraphText(paragraph) else { return nil }
        let suggestion = finding.suggestion.text(in: .zh)
        var replacement = wording ?? Rule.quotedWording(in: suggestion)
        if replacement == nil, !suggestion.hasPrefix("删除") { return nil }
        var sentence = finding.excerpt.trimmingCharacters(in: .whitespaces)
        // The excerpt of a numbered paragraph starts with the label Word draws (`第一条 `), which is
        // not text of the paragraph: it takes the columns by which the reviewed line runs ahead.
        let drawnLabel = max(0, finding.review.reviewed.column - column)
        if !text.contains(sentence), drawnLabel > 0 {
            sentence = String(sentence.dropFirst(drawnLabel))
        }
        guard !sentence.isEmpty else { return nil }
        // The occurrence of the sentence that holds the finding's first column.
        var searchStart = text.startIndex
        while let range = text.range(of: sentence, range: searchStart ..< text.endIndex) {
            let first = text.distance(from: text.startIndex, to: range.lowerBound) + 1
            let end = first + sentence.count
            if first <= column, column < end {
                if let wording = replacement, let last = sentence.last, "。；！？".contains(last), !(wording.last.map { "。；！？".contains($0) } ?? false) {
                    replacement = wording + String(last)
                }
                // A typed clause label (第十四条, （一）) numbers the clause; only what follows it is rewritten.
                return DocxRewrite(paragraph: paragraph, column: first + labelLength(of: sentence), endColumn: end, text: replacement)
            }
            searchStart = text.index(after: range.lowerBound)
        }
        return nil
    }

    /// The finding's span in the body; findings about the whole document (a missing clause)
    /// and findings outside the body (a header, a footnote) are anchored on the title.
    static func anchor(of finding: Finding, bodyLineCount: Int) -> DocxComment.Anchor {
        guard finding.category != .completeness, finding.review.reviewed.line <= bodyLineCount,
              finding.review.reviewed.endLine <= bodyLineCount, finding.diagnostic.location != nil
        else { return .title }
        return .span(paragraph: finding.line, column: finding.column, endParagraph: finding.endLine, endColumn: finding.endColumn)
    }

    /// `第五条（第7段）`; the reader's place already names the article when it is in one
    /// (`第7段（第五条）`), so the article is not repeated. A finding about the whole document
    /// has no place of its own.
    static func place(of finding: Finding, language: Language) -> String? {
        if finding.category == .completeness { return language == .zh ? "全文" : "the whole document" }
        switch (finding.article, finding.place) {
        case let (article?, place?) where place.contains(article): return place
        case let (article?, place?): return "\(article)（\(place)）"
        case let (article, place): return article ?? place
        }
    }

    /// How many characters a typed clause label and the spaces after it take at the start of `sentence`.
    static func labelLength(of sentence: String) -> Int {
        guard let rest = ClauseLabel.article(in: sentence)?.rest ?? ClauseLabel.item(in: sentence)?.rest else { return 0 }
        let body = rest.drop { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }
        return sentence.distance(from: sentence.startIndex, to: body.startIndex)
    }

    static func paragraphs(of finding: Finding, language: Language) -> [String] {
        let zh = language == .zh
        var lines = ["[\(finding.ruleID)] " + finding.message.text(in: language)]
        if let place = place(of: finding, language: language) { lines.append((zh ? "位置：" : "Place: ") + place) }
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
