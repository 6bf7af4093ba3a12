import QiyueDocuments
import QiyueReview

/// Where model clauses go in an agreement's body: after its last article of substance, before
/// the closing article (附则, 其他, 生效) or closing sentences (本协议一式四份…) and the signature block.
///
/// A clause added after the signatures would not be part of what was signed, and one added
/// after 附则 would follow the article that says the agreement is complete; so the trailing
/// signature lines and a closing article are stepped over, from the end. The words that mark
/// them are the pack's placement term sets (`PlacementTermSet`), not written here.
struct ModelClausePlacement {
    let closingHeadings: [String]
    let closingOpenings: [String]
    let signatureMarks: [String]

    init(pack: RulePack) {
        closingHeadings = pack.terms(of: .closingHeadings)
        closingOpenings = pack.terms(of: .closingSentences)
        signatureMarks = pack.terms(of: .signatureMarks)
    }

    /// The 1-based paragraph after which to insert, given the body's paragraph texts in order.
    /// A paragraph in a table cell (`inTable`, by 1-based number) is never the one, since the
    /// clauses would land in the cell: they go before the table, after the last paragraph outside
    /// it; a body with no such paragraph gets none.
    func paragraph(after texts: [String], inTable: (Int) -> Bool = { _ in false }) -> Int? {
        guard let place = place(after: texts) else { return nil }
        return (1 ... place).last { !inTable($0) }
    }

    private func place(after texts: [String]) -> Int? {
        var index = texts.count - 1
        // The signature block, its dates and the blank lines around it.
        while index >= 0, isEmpty(texts[index]) || isSignatureLine(texts[index]) { index -= 1 }
        guard index >= 0 else { return nil }
        // Closing sentences set as paragraphs of their own (本协议一式四份…, 本协议自…生效), outside any article.
        var closing = index
        while closing >= 0, isEmpty(texts[closing]) || isClosingSentence(texts[closing]) { closing -= 1 }
        if closing >= 0 { index = closing }
        // A closing article at the end of the body: its heading and the paragraphs under it.
        if let heading = (0 ... index).last(where: { ClauseLabel.article(in: trimmed(texts[$0])) != nil }),
           isClosingArticle(texts[heading]) {
            let before = (0 ..< heading).last { !isEmpty(texts[$0]) }
            if let before { return before + 1 }
        }
        return index + 1
    }

    private func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces)
    }

    private func isEmpty(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }

    private func isClosingArticle(_ text: String) -> Bool {
        guard let rest = ClauseLabel.article(in: trimmed(text))?.rest else { return false }
        let heading = rest.trimmingCharacters(in: .whitespaces)
        return closingHeadings.contains { heading.hasPrefix($0) } && heading.count <= 12
    }

    /// A sentence that closes an agreement (copies, entry into force, matters not covered).
    private func isClosingSentence(_ text: String) -> Bool {
        let line = trimmed(text)
        return closingOpenings.contains { line.hasPrefix($0) }
    }

    /// A line of the signature block: a party's seal or signature line, its representative or date.
    private func isSignatureLine(_ text: String) -> Bool {
        let line = trimmed(text)
        if signatureMarks.contains(where: { line.contains($0) }) && line.count <= 40 { return true }
        // 2025年  月  日, or the date alone.
        let date = line.filter { !$0.isWhitespace }
        if date.hasSuffix("日"), date.count <= 12, date.contains("年"), date.contains("月") { return true }
        // 甲方：某某县人民政府 — a role line with a name and nothing else, as signature blocks repeat them.
        if line.count <= 30, PartyDetector.roleWords.contains(where: { line.hasPrefix($0) }),
           line.contains("：") || line.contains(":"), !line.contains("。"), !line.contains("，") { return true }
        return false
    }
}
