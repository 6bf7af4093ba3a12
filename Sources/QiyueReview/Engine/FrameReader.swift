import QiyueCore

/// Reads the promise a finding is about out of its sentence: the giver (the party that acts,
/// as the actor resolver found it), the beneficiary, the act (the trigger), the base it is
/// computed from and the measure — so the finding can say 县人民政府 → 乙方：按缴纳增值税地方留成的80%奖励
/// instead of only naming a rule.
struct FrameReader {
    let analysis: DocumentAnalysis
    let resolver: ActorResolver

    init(analysis: DocumentAnalysis) {
        self.analysis = analysis
        self.resolver = ActorResolver(analysis: analysis)
    }

    /// How much of a long sentence is searched for a measure.
    static let sentenceReach = 400

    /// The longest phrase shown as the promise before it is summarised from its parts.
    static let phraseLimit = 60

    func frame(for match: LocatedMatch) -> (frame: PromiseFrame, explanation: LocalizedText) {
        let structure = analysis.structure
        let text = analysis.text
        let clauseIndex = structure.clauseIndex(containing: match.start)
        let clause = structure.clauses[clauseIndex]
        // The promise is the government side's when one is named before the act in the
        // sentence, even where the words hand it on (甲方同意乙方项目用地按…).
        var giverMention = resolver.actingParty(inClause: clauseIndex, before: match.start)
        if giverMention?.side != .government, let government = governmentMention(in: match.sentence, before: match.start) {
            giverMention = government
        }
        let giver = giverMention.map(party)
        let beneficiary = beneficiaryParty(in: match.sentence, besides: giverMention, giverSide: giverMention?.side)
        let act = text.string(match.start..<match.end)
        // A base that is the act's own word (电费 as trigger) adds nothing.
        let base = baseText(in: match.sentence, near: match.start).flatMap { $0 == text.string(match.start..<match.end) ? nil : $0 }
        let measure = FrameMeasureReader.measure(in: text.units[clause.start..<clause.end])
            ?? FrameMeasureReader.measure(in: text.units[match.sentence.start..<min(match.sentence.end, match.sentence.start + Self.sentenceReach)])
        let frame = PromiseFrame(giver: giver, beneficiary: beneficiary, act: act, base: base, measure: measure)
        // The clause's own words from after the giver to the act read best (按缴纳增值税…奖励).
        var phraseStart = clause.start
        if let giverMention, giverMention.start >= clause.start, giverMention.end <= match.start { phraseStart = giverMention.end }
        var phrase = text.string(phraseStart..<max(match.end, clause.end)).trimming(" ,，:：、;；。\n")
        // No more characters than scalars: only a phrase of many scalars needs its characters counted.
        if (phrase.unicodeScalars.count > Self.phraseLimit && phrase.count > Self.phraseLimit) || phrase.isEmpty {
            phrase = [base.map { "按\($0)" }, measure?.text, act].compactMap { $0 }.joined(separator: "，")
        }
        let giverText = giver?.display ?? "（未写明）"
        let beneficiaryText = beneficiary?.display ?? "（未写明）"
        let english = [
            "act \(act)", base.map { "base \($0)" }, measure.map { "measure \($0.text)" },
        ].compactMap { $0 }.joined(separator: "; ")
        let explanation = LocalizedText(
            zh: "\(giverText) → \(beneficiaryText)：\(phrase)",
            en: "\(giver?.display ?? "(not named)") → \(beneficiary?.display ?? "(not named)"): \(english)"
        )
        return (frame, explanation)
    }

    /// The last government-side party named in the sentence before `position`.
    func governmentMention(in sentence: DocumentStructure.Span, before position: Int) -> PartyMention? {
        let mentions = analysis.mentions
        var index = DocumentAnalysis.lowerBound(mentions, sentence.start) { $0.start }
        var found: PartyMention?
        while index < mentions.count, mentions[index].end <= position {
            if mentions[index].side == .government { found = mentions[index] }
            index += 1
        }
        return found
    }

    func party(_ mention: PartyMention) -> FrameParty {
        let words = analysis.text.string(mention.start..<mention.end)
        let defined = analysis.parties.parties.first { party in
            party.role.map { words.hasPrefix($0) } ?? false || party.shortNames.contains(words)
        }
        return FrameParty(text: words, side: mention.side, name: defined?.name)
    }

    /// The first other party of the sentence on the investor side; failing that, the
    /// investor's role when the government side gives.
    func beneficiaryParty(in sentence: DocumentStructure.Span, besides giver: PartyMention?, giverSide: ActorClass?) -> FrameParty? {
        let mentions = analysis.mentions
        var index = DocumentAnalysis.lowerBound(mentions, sentence.start) { $0.start }
        while index < mentions.count, mentions[index].start < sentence.end {
            let mention = mentions[index]
            // A party word inside a quoted name (以“企业发展扶持资金”名义) names a fund, and a
            // name in a header pasted before the promise (乙方：某某科技有限公司……) labels a
            // party: neither is who receives.
            let clauseStart = analysis.structure.clauses[analysis.structure.clauseIndex(containing: mention.start)].start
            if mention != giver, mention.side == .investor || (giverSide != .government && mention.side == .government && giverSide != nil),
               !resolver.isQuoted(mention, clauseStart: clauseStart, before: sentence.end),
               !resolver.namesDefinedParty(mention, clauseStart: clauseStart) {
                return party(mention)
            }
            index += 1
        }
        guard giverSide == .government else { return nil }
        if let investor = analysis.parties.parties.first(where: { $0.side == .investor }) {
            return FrameParty(text: investor.role ?? investor.name, side: .investor, name: investor.role == nil ? nil : investor.name)
        }
        return FrameParty(text: "乙方", side: .investor)
    }

    /// The run of base words nearest the trigger in its sentence (增值税 + 地方留成 → 增值税地方留成).
    func baseText(in sentence: DocumentStructure.Span, near position: Int) -> String? {
        let hits = analysis.hits
        var index = DocumentAnalysis.lowerBound(hits, sentence.start) { Int($0.start) }
        var runs: [(start: Int, end: Int)] = []
        while index < hits.count, hits[index].start < sentence.end {
            let hit = hits[index]
            index += 1
            guard analysis.baseTerms[Int(hit.term)] else { continue }
            let start = Int(hit.start), end = Int(hit.end)
            if let last = runs.last, start <= last.end {
                runs[runs.count - 1].end = max(last.end, end)
            } else {
                runs.append((start, end))
            }
        }
        guard let nearest = runs.min(by: { abs($0.start - position) < abs($1.start - position) }) else { return nil }
        return analysis.text.string(nearest.start..<nearest.end)
    }
}
