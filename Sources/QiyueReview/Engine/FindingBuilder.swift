import QiyueCore

/// Turns unit spans into findings located in the user's file, with article and excerpt.
struct FindingBuilder {
    let analysis: DocumentAnalysis
    let extracted: ExtractedText

    func finding(for match: LocatedMatch) -> Finding {
        let text = analysis.text
        let start = text.position(of: match.start)
        var end = text.position(of: max(match.start, match.end - 1))
        end.column += 1  // exclusive end, one past the last character
        let line = text.originalLine(start.line - 1)
        let sentenceStart = text.position(of: match.sentence.start)
        var sentenceEnd = text.position(of: max(match.sentence.start, match.sentence.end - 1))
        if sentenceEnd.line != start.line { sentenceEnd = (start.line, line.count + 1) } else { sentenceEnd.column += 1 }
        let excerptStartColumn = sentenceStart.line == start.line ? sentenceStart.column : 1
        let excerpt = String(line.dropFirst(excerptStartColumn - 1).prefix(max(0, sentenceEnd.column - excerptStartColumn)))
            .trimming(" \t\r\n")
        let mappedStart = extracted.originalPosition(line: start.line, column: start.column)
        let mappedEnd = extracted.originalPosition(line: end.line, column: end.column)
        let amounts = match.rule.category == .completeness ? [] : AmountParser.amounts(in: text.string(match.sentence.start..<match.sentence.end))
        return Finding(
            ruleID: match.rule.id, category: match.rule.category, severity: match.rule.severity,
            line: mappedStart.line, column: mappedStart.column, endLine: mappedEnd.line, endColumn: mappedEnd.column,
            place: mappedStart.label, article: match.rule.category == .completeness ? nil : analysis.structure.articleLabel(at: match.start),
            excerpt: excerpt, message: match.rule.message, basis: match.rule.basis, suggestion: match.rule.suggestion,
            amounts: amounts, sourceLine: String(line), sourceColumn: start.column,
            sourceLength: end.line == start.line ? max(1, end.column - start.column) : max(1, line.count + 1 - start.column)
        )
    }
}
