/// Finds who makes the commitment in a clause: the government side, the investor, a third
/// party, or nobody named.
///
/// The actor is the first party named before the trigger that is a subject, i.e. not the
/// object of a preposition (向乙方, 为乙方, 按乙方…) and not a modifier (乙方缴纳的税收).
/// 由X marks X as the agent of a passive clause. After a causative verb (甲方协调银行…,
/// 甲方要求乙方…) the action passes to the next party named. A clause naming nobody takes
/// the actor of the clause before it in the sentence, then of the article's lead-in
/// ending in a colon (甲方承诺：（一）…；（二）…).
struct ActorResolver {
    let analysis: DocumentAnalysis

    func actor(inClause clause: Int, before position: Int) -> ActorClass {
        if let own = ownActor(inClause: clause, before: position) { return own }
        return inherited(forClause: clause) ?? .unknown
    }

    /// The actor named in the clause itself, if any.
    func ownActor(inClause clause: Int, before position: Int) -> ActorClass? {
        let span = analysis.structure.clauses[clause]
        let units = analysis.text.units
        let mentions = analysis.mentions
        var index = DocumentAnalysis.lowerBound(mentions, span.start) { $0.start }
        var inClause: [PartyMention] = []
        while index < mentions.count, mentions[index].start < span.end {
            inClause.append(mentions[index])
            index += 1
        }
        if let agent = inClause.first(where: { $0.start > span.start && units[$0.start - 1] == Lexicon.agentMarker && $0.start < position }) {
            return agent.side
        }
        let subjects = inClause.filter { $0.start < position && isSubject($0, clauseStart: span.start, before: position, mentions: inClause) }
        guard var current = subjects.first else { return nil }
        // Follow causative verbs: 甲方协调银行… hands the action to the bank.
        while let causative = analysis.causatives.first(where: { $0.start >= current.end && $0.start <= current.end + 2 }),
              let next = subjects.first(where: { $0.start >= causative.end && $0.start <= causative.end + 6 }) {
            current = next
        }
        return current.side
    }

    /// Whether a mention can be the actor: not after an object marker, and not a modifier,
    /// i.e. not followed by 的 (before the trigger, another party or punctuation).
    func isSubject(_ mention: PartyMention, clauseStart: Int, before position: Int, mentions: [PartyMention]) -> Bool {
        let units = analysis.text.units
        if mention.start > clauseStart, Lexicon.objectMarkers.contains(units[mention.start - 1]) { return false }
        let nextMention = mentions.first { $0.start >= mention.end }?.start ?? Int.max
        let limit = min(mention.end + Lexicon.modifierReach, position, nextMention, units.count)
        var index = mention.end
        while index < limit {
            let unit = units[index]
            if unit == Lexicon.possessive { return false }
            if Lexicon.phraseBreaks.contains(unit) { break }
            index += 1
        }
        return true
    }

    func inherited(forClause clause: Int) -> ActorClass? {
        let structure = analysis.structure
        let sentence = structure.clauseSentence[clause]
        var previous = clause - 1
        while previous >= structure.sentenceFirstClause[sentence] {
            if let actor = ownActor(inClause: previous, before: structure.clauses[previous].end), actor != .unknown { return actor }
            previous -= 1
        }
        // A lead-in ending with a colon earlier in the same article.
        let boundary = structure.articleBoundary(at: structure.clauses[clause].start)
        var candidate = structure.sentenceFirstClause[sentence] - 1
        var examined = 0
        while candidate >= 0, structure.clauses[candidate].start >= boundary, examined < 40 {
            if structure.clauseEndsWithColon[candidate],
               let actor = ownActor(inClause: candidate, before: structure.clauses[candidate].end), actor != .unknown {
                return actor
            }
            candidate -= 1
            examined += 1
        }
        return nil
    }
}
