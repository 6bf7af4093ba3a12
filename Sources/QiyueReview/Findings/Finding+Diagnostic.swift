import QiyueCore

extension Finding {
    /// A finding whose diagnostic says, in `language`, what `review` holds: `[rule] message`,
    /// the frame explained, the place, the party definition (a note at the preamble line)
    /// and the suggestion, at the span `located` gives.
    init(located: Diagnostic, review: ReviewPayload, language: Language) {
        self.init(diagnostic: located, review: review)
        self.diagnostic = diagnostic(in: language)
    }

    /// The diagnostic in another language: same place and span, messages and notes taken
    /// from the payload. Reporters use it so their output follows their own language. The
    /// legal basis is not among the notes: reporters print each basis once per file.
    public func diagnostic(in language: Language) -> Diagnostic {
        let zh = language == .zh
        var notes: [Diagnostic.Note] = []
        if let explanation = review.explanation {
            notes.append(Diagnostic.Note((zh ? "承诺：" : "promise: ") + explanation.text(in: language)))
        }
        if let giver = review.frame?.giver, let defined = giver.definedAt, let name = giver.name {
            notes.append(Diagnostic.Note((zh ? "\(giver.text)：\(name)" : "\(giver.text): \(name)"), at: defined))
        }
        // A DOCX place already names its article (第9段（第二条）); say it once.
        let article = review.article.flatMap { article in review.place.map { PlainSearch.contains($0, article) } == true ? nil : article }
        let place = [review.place, article].compactMap { $0 }.joined(separator: " ")
        if !place.isEmpty { notes.append(Diagnostic.Note((zh ? "位置：" : "in ") + place)) }
        notes.append(Diagnostic.Note((zh ? "建议：" : "suggestion: ") + review.suggestion.text(in: language)))
        var result = diagnostic
        result.message = "[\(review.ruleID)] " + review.message.text(in: language)
        result.notes = notes
        return result
    }
}
