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

    /// How many clauses back a clause without a party may take its actor from.
    static let inheritanceReach = 8

    /// How many units before the trigger a clause is searched for its actor.
    static let actorReach = 400

    func actor(inClause clause: Int, before position: Int) -> ActorClass {
        actingParty(inClause: clause, before: position)?.side ?? .unknown
    }

    /// The mention of the party that acts: named in the clause, or inherited.
    func actingParty(inClause clause: Int, before position: Int) -> PartyMention? {
        ownParty(inClause: clause, before: position) ?? inheritedParty(forClause: clause)
    }

    /// The side of the actor named in the clause itself, if any.
    func ownActor(inClause clause: Int, before position: Int) -> ActorClass? {
        ownParty(inClause: clause, before: position)?.side
    }

    /// The mention of the actor named in the clause itself, if any.
    func ownParty(inClause clause: Int, before position: Int, followingCausatives: Bool = true) -> PartyMention? {
        let span = analysis.structure.clauses[clause]
        // Only `actorReach` units either side of the trigger are searched: in one pasted
        // line of thousands of characters every trigger searched the whole clause, and the
        // review of a 30 KB file took a minute. No real clause comes near the reach.
        let clauseStart = max(span.start, position - Self.actorReach)
        let clauseEnd = min(span.end, position + Self.actorReach)
        let mentions = analysis.mentions
        var index = DocumentAnalysis.lowerBound(mentions, clauseStart) { $0.start }
        var inClause: [PartyMention] = []
        while index < mentions.count, mentions[index].start < clauseEnd {
            inClause.append(mentions[index])
            index += 1
        }
        if let agent = inClause.first(where: { isAgent($0, clauseStart: clauseStart, mentions: inClause) }) {
            return agent
        }
        if let issuer = issuer(before: position, among: inClause) { return issuer }
        // Asked of a mention only when needed (the first subject, then the few mentions after a
        // causative): each test reads up to the trigger, and testing every mention of a window
        // full of them made each trigger of a long clause cost the window's square.
        let isSubjectHere = { (mention: PartyMention) in
            mention.start < position && isSubject(mention, clauseStart: clauseStart, before: position, mentions: inClause)
        }
        guard var current = inClause.first(where: isSubjectHere) else { return nil }
        if !followingCausatives { return current }
        // Follow causative verbs: 甲方协调银行… hands the action to the bank. The verb may
        // stand a few units after the party (乙方有权在任一时点要求…); the first subject after
        // it takes over, past a modifier (…要求甲方指定的国有企业收购), but not past an object
        // (甲方同意向乙方的债权银行出具… stays with 甲方).
        while let causative = causative(after: current.end, before: position),
              let next = handedOver(after: causative.end, among: inClause, isSubject: isSubjectHere) {
            current = next
        }
        return current
    }

    /// The last of `mentions` (sorted by start) that ends by `offset`, as `last(where:)` finds
    /// it but from a binary search: the mentions from the first starting at `offset` on all end
    /// after it. The party tests ask this of every mention of a window, which a linear search
    /// made the window's square for each trigger.
    static func last(in mentions: [PartyMention], endingBy offset: Int) -> PartyMention? {
        // A clause's window mostly holds a handful of mentions: read from the end, as cheap.
        if mentions.count <= Self.linearSearchLimit { return mentions.last { $0.end <= offset } }
        var index = DocumentAnalysis.lowerBound(mentions, offset) { $0.start }
        while index > 0 {
            index -= 1
            if mentions[index].end <= offset { return mentions[index] }
        }
        return nil
    }

    /// Up to this many mentions a linear search costs less than a binary one.
    static let linearSearchLimit = 16

    /// The first of `mentions` (sorted by start) that starts at or after `offset`.
    static func first(in mentions: [PartyMention], startingFrom offset: Int) -> PartyMention? {
        if mentions.count <= Self.linearSearchLimit { return mentions.first { $0.start >= offset } }
        let index = DocumentAnalysis.lowerBound(mentions, offset) { $0.start }
        return index < mentions.count ? mentions[index] : nil
    }

    /// Whether a mention can be the actor: not after an object marker, and not a modifier,
    /// i.e. not followed by 的 (before the trigger, another party, a commitment verb or
    /// punctuation).
    func isSubject(_ mention: PartyMention, clauseStart: Int, before position: Int, mentions: [PartyMention]) -> Bool {
        let units = analysis.text.units
        if mention.start > clauseStart, Lexicon.objectMarkers.contains(units[mention.start - 1]) { return false }
        if let qualifier = Lexicon.partyQualifiers.first(where: { Self.follows([$0], before: mention.start, floor: clauseStart + 1, in: units) }),
           Lexicon.objectMarkers.contains(units[mention.start - qualifier.count - 1]) { return false }
        if mention.start - 1 > clauseStart, units[mention.start - 1] == Lexicon.pronoun,
           Lexicon.objectMarkers.contains(units[mention.start - 2]) { return false }
        if Self.follows(Lexicon.objectTakingVerbs, before: mention.start, floor: clauseStart, in: units) { return false }
        if namesObject(mention, clauseStart: clauseStart, mentions: mentions) { return false }
        if opensObjectPhrase(before: mention, floor: max(clauseStart, Self.last(in: mentions, endingBy: mention.start)?.end ?? clauseStart)) { return false }
        if isQuoted(mention, clauseStart: clauseStart, before: position) { return false }
        if namesDefinedParty(mention, clauseStart: clauseStart) { return false }
        if opensEmbeddedTime(mention, before: position, mentions: mentions) { return false }
        // The head of an object's noun phrase (为乙方的银行贷款…) belongs to the object.
        if mention.start - 1 > clauseStart, units[mention.start - 1] == Lexicon.possessive,
           let owner = Self.last(in: mentions, endingBy: mention.start - 1), mention.start - 1 - owner.end <= Lexicon.modifierReach,
           !units[owner.end..<(mention.start - 1)].contains(where: { Lexicon.phraseBreaks.contains($0) }),
           owner.start > clauseStart, Lexicon.objectMarkers.contains(units[owner.start - 1]) {
            return false
        }
        if receives(after: mention, before: position, mentions: mentions) { return false }
        // 根据本县招商引资政策，… names a source, not someone who acts.
        if Self.precedes(Lexicon.sourceOpeners, after: Self.skippingArticleMark(from: Self.skippingBlanks(from: clauseStart, in: units), in: units), in: units) { return false }
        if let next = Self.first(in: mentions, startingFrom: mention.end), next.start > mention.end, next.start <= position,
           Lexicon.subordinateEnds.contains(units[next.start - 1]), next.start - mention.end <= 8,
           !units[mention.end..<next.start].contains(where: { Lexicon.phraseBreaks.contains($0) }) {
            return false
        }
        let nextMention = Self.first(in: mentions, startingFrom: mention.end)?.start ?? Int.max
        let commitmentIndex = DocumentAnalysis.lowerBound(analysis.commitments, mention.end) { $0 }
        let nextCommitment = commitmentIndex < analysis.commitments.count ? analysis.commitments[commitmentIndex] : Int.max
        let limit = min(mention.end + Lexicon.modifierReach, position, nextMention, nextCommitment, units.count)
        var index = mention.end
        while index < limit {
            let unit = units[index]
            if unit == Lexicon.possessive { return false }
            if Lexicon.phraseBreaks.contains(unit) { break }
            index += 1
        }
        return true
    }

    /// The generic heads a company's own name ends in (雪崖新材料公司): the mention is only the
    /// head, so the preposition that makes the company an object stands before its name.
    static let nameHeads: [[UInt16]] = ["公司", "集团", "企业", "厂"].map { Array($0.utf16) }

    /// How long a company's name before its head may be (新材料科技有限).
    static let nameReach = 12

    /// Whether a mention is the head of a named company that follows an object marker
    /// (会议同意对雪崖新材料公司…, 向岑江电子企业…): the name between marker and head is at
    /// least two characters of Han text with no break or other party in it.
    func namesObject(_ mention: PartyMention, clauseStart: Int, mentions: [PartyMention]) -> Bool {
        let units = analysis.text.units
        guard Self.nameHeads.contains(where: { units[mention.start..<mention.end].elementsEqual($0) }) else { return false }
        let previousEnd = Self.last(in: mentions, endingBy: mention.start)?.end ?? clauseStart
        let floor = max(clauseStart, previousEnd, mention.start - Self.nameReach - 1)
        var index = mention.start - 1
        while index >= floor, CharacterFolding.isHan(units[index]), !Lexicon.phraseBreaks.contains(units[index]) {
            index -= 1
        }
        guard index >= floor, mention.start - 1 - index >= 2 else { return false }
        return Lexicon.objectMarkers.contains(units[index])
    }

    /// Words ending in 后 that are adverbs of time, not the end of a time phrase (今后, 此后…).
    static let adverbialAfter: Set<UInt16> = Set("今此以之然随前日".utf16)

    /// Whether a mention is the subject of a time phrase embedded in its clause (乙方竞得后所缴
    /// 土地出让金…返还乙方, 乙方落户后甲方…): a short verb phrase after it ends in 后 and the
    /// clause goes on, so the party did something earlier and is not the one acting now.
    func opensEmbeddedTime(_ mention: PartyMention, before position: Int, mentions: [PartyMention]) -> Bool {
        let units = analysis.text.units
        let nextMention = Self.first(in: mentions, startingFrom: mention.end)?.start ?? Int.max
        let commitmentIndex = DocumentAnalysis.lowerBound(analysis.commitments, mention.end) { $0 }
        let nextCommitment = commitmentIndex < analysis.commitments.count ? analysis.commitments[commitmentIndex] : Int.max
        let limit = min(mention.end + Lexicon.modifierReach, position - 1, nextMention, nextCommitment, units.count - 1)
        // 乙方在厂房交付后…, 乙方自投产后…: the party sets the time of its own act.
        let next = Self.skippingAdverbials(from: mention.end, in: units)
        guard next < units.count, !Self.timeSetters.contains(units[next]) else { return false }
        var index = mention.end + 1
        while index < limit {
            let unit = units[index]
            guard CharacterFolding.isHan(unit), !Lexicon.phraseBreaks.contains(unit) else { return false }
            if unit == Self.afterUnit, !Self.adverbialAfter.contains(units[index - 1]) {
                return CharacterFolding.isHan(units[index + 1]) && !Lexicon.phraseBreaks.contains(units[index + 1])
            }
            index += 1
        }
        return false
    }

    static let afterUnit: UInt16 = "后".utf16.first!

    /// Prepositions and modal verbs after a party that make the time its own (乙方在…后, 乙方应于…后).
    static let timeSetters: Set<UInt16> = Set("在于自从至到应须将承保同".utf16)

    /// The role words a definition line opens with, in full and abbreviated (甲方：…, 甲：…).
    static let definingRoles: [[UInt16]] = ["甲方", "乙方", "丙方", "丁方", "甲", "乙", "丙", "丁"].map { Array($0.utf16) }

    /// Whether a mention is the name in a role's definition that runs on into a clause (甲方：华屿县
    /// 人民政府　乙方：某某科技有限公司……甲方以…, a header pasted before the promise): the clause
    /// opens right after 乙方： and the mention ends the run of the name, before a blank, a line
    /// break or an ellipsis. It labels a party; it does not act.
    func namesDefinedParty(_ mention: PartyMention, clauseStart: Int) -> Bool {
        let units = analysis.text.units
        guard clauseStart > 0, units[clauseStart - 1] == 0x3A else { return false }
        // The head before the colon, past a bracketed label (甲方（盖章）：).
        var headEnd = clauseStart - 1
        if headEnd > 0, units[headEnd - 1] == 0x29, let open = units[max(0, headEnd - 8)..<headEnd].lastIndex(of: 0x28) { headEnd = open }
        guard Self.follows(Self.definingRoles, before: headEnd, floor: max(0, headEnd - 2), in: units) else { return false }
        let nameStart = Self.skippingBlanks(from: clauseStart, in: units)
        guard mention.start >= nameStart, mention.end - nameStart <= PartyDetector.redefinitionLimit + 10 else { return false }
        guard units[nameStart..<mention.end].allSatisfy({ CharacterFolding.isHan($0) || ($0 >= 0x30 && $0 <= 0x39) }) else { return false }
        return mention.end >= units.count || Self.nameEnds.contains(units[mention.end])
    }

    /// What ends a defined name run on into a clause: a blank, a line break, an ellipsis, ；or 。.
    static let nameEnds: Set<UInt16> = Set(" \n\u{3000}…;。".utf16)

    /// Opening and closing quotation marks and title marks, paired by position; the review
    /// text may also carry straight quotes, which open and close alternately.
    static let quoteOpeners: Set<UInt16> = Set("“「『《".utf16)
    static let quoteClosers: Set<UInt16> = Set("”」』》".utf16)

    /// Whether a mention stands inside quotation or title marks opened in its clause that close
    /// before the trigger (以“企业发展扶持资金”名义拨付…, 《企业所得税法》规定…): it is part of
    /// the name of a thing. A quote that still holds the trigger (“甲方为乙方提供增信支持”) is
    /// a quoted promise, and its party acts in it.
    func isQuoted(_ mention: PartyMention, clauseStart: Int, before position: Int) -> Bool {
        let units = analysis.text.units
        guard units[mention.end..<max(mention.end, position)].contains(where: { $0 == 0x22 || Self.quoteClosers.contains($0) }) else { return false }
        var depth = 0
        var straight = false
        for index in clauseStart..<mention.start {
            if units[index] == 0x22 { straight.toggle() }
            else if Self.quoteOpeners.contains(units[index]) { depth += 1 }
            else if Self.quoteClosers.contains(units[index]), depth > 0 { depth -= 1 }
        }
        return depth > 0 || straight
    }

    /// How far after a party, across the noun it owns (乙方项目用地享受…), a verb of receiving
    /// still makes the party the beneficiary.
    static let receivingReach = 6

    /// Whether a verb of receiving follows the party, right after it or after a short noun it
    /// owns (乙方享受…, 乙方项目用地享受…, 乙方企业可获得…), with no punctuation, other party
    /// or verb of commitment between.
    func receives(after mention: PartyMention, before position: Int, mentions: [PartyMention]) -> Bool {
        let units = analysis.text.units
        let start = Self.skippingAdverbials(from: mention.end, in: units)
        let nextMention = Self.first(in: mentions, startingFrom: mention.end)?.start ?? Int.max
        let commitmentIndex = DocumentAnalysis.lowerBound(analysis.commitments, mention.end) { $0 }
        let nextCommitment = commitmentIndex < analysis.commitments.count ? analysis.commitments[commitmentIndex] : Int.max
        let limit = min(start + Self.receivingReach, position, nextMention, nextCommitment, units.count)
        var offset = start
        while offset <= limit {
            if Self.precedes(Lexicon.beneficiaryVerbs, after: Self.skippingAdverbials(from: offset, in: units), in: units) { return true }
            guard offset < units.count, !Lexicon.phraseBreaks.contains(units[offset]), CharacterFolding.isHan(units[offset]) else { return false }
            offset += 1
        }
        return false
    }

    /// The party of a relative clause right before the trigger: 甲方出具的还款承诺函 — the
    /// letter is 甲方's, whoever holds it.
    func issuer(before position: Int, among mentions: [PartyMention]) -> PartyMention? {
        let units = analysis.text.units
        guard let mention = Self.last(in: mentions, endingBy: position) else { return nil }
        // 向甲方出具的… : the party after a preposition receives the letter, it does not issue it,
        // also when the preposition opens a longer noun phrase (向贷款银行出具…).
        if mention.start > 0, Lexicon.objectMarkers.contains(units[mention.start - 1]) { return nil }
        if opensObjectPhrase(before: mention, floor: Self.last(in: mentions, endingBy: mention.start)?.end ?? 0) { return nil }
        for verb in Lexicon.issuingVerbs {
            let end = mention.end + verb.count
            if end < position, position - end <= 4, units[mention.end..<end].elementsEqual(verb) { return mention }
        }
        return nil
    }

    /// Whether a preposition opens the noun phrase a mention ends (向贷款银行, 对合作金融机构): a
    /// few Han units before the mention, back to `floor`, follow 向/对/为/给/将/把/按.
    func opensObjectPhrase(before mention: PartyMention, floor: Int) -> Bool {
        let units = analysis.text.units
        var back = mention.start - 1
        while back >= max(floor, mention.start - Self.objectPhraseReach), CharacterFolding.isHan(units[back]), !Lexicon.phraseBreaks.contains(units[back]) {
            back -= 1
        }
        return back >= max(floor, 0) && back < mention.start - 1 && Lexicon.phraseBreaks.contains(units[back]) && Lexicon.objectMarkers.contains(units[back])
    }

    /// How long the noun before a party's head may be after the preposition that makes it an
    /// object (向贷款银行, 向合作金融机构).
    static let objectPhraseReach = 4

    /// A causative verb starting soon after `offset` with no punctuation or other party
    /// between (binary search: a long document has many).
    func causative(after offset: Int, before position: Int) -> (start: Int, end: Int)? {
        let index = DocumentAnalysis.lowerBound(analysis.causatives, offset) { $0.start }
        guard index < analysis.causatives.count else { return nil }
        let candidate = analysis.causatives[index]
        guard candidate.start <= Self.skippingAdverbials(from: offset, in: analysis.text.units) + Self.causativeReach, candidate.end <= position else { return nil }
        let units = analysis.text.units
        if units[offset..<candidate.start].contains(where: { Lexicon.phraseBreaks.contains($0) }) { return nil }
        let mentionIndex = DocumentAnalysis.lowerBound(analysis.mentions, offset) { $0.start }
        if mentionIndex < analysis.mentions.count, analysis.mentions[mentionIndex].start < candidate.start { return nil }
        return candidate
    }

    /// The party a causative verb hands the action to: the first subject soon after it,
    /// skipping modifiers (甲方指定的), but none if an object comes first (同意向乙方的…).
    func handedOver(after offset: Int, among mentions: [PartyMention], isSubject: (PartyMention) -> Bool) -> PartyMention? {
        let units = analysis.text.units
        // The reach counts the words between parties, not a party's own name (要求县人民政府或
        // 其指定的国有企业…: the long name does not put the company out of reach).
        var floor = offset
        for mention in mentions where mention.start >= offset {
            if mention.start > floor + Self.causativeReach { return nil }
            if isSubject(mention) { return mention }
            if mention.start > 0, Lexicon.objectMarkers.contains(units[mention.start - 1]) { return nil }
            floor = max(floor, mention.end)
        }
        return nil
    }

    /// How far after a party its causative verb may start (甲方负责协调…, 乙方有权在任一时点要求…).
    static let causativeReach = 8

    /// Whether 由 introduces the mention: right before it, or a few units before with no
    /// party or punctuation between (由其所属的县产业投资集团…).
    func isAgent(_ mention: PartyMention, clauseStart: Int, mentions: [PartyMention]) -> Bool {
        let units = analysis.text.units
        let previousEnd = Self.last(in: mentions, endingBy: mention.start)?.end ?? clauseStart
        var index = mention.start - 1
        while index >= max(previousEnd, mention.start - 6) {
            if units[index] == Lexicon.agentMarker { return true }
            if Lexicon.phraseBreaks.contains(units[index]) { return false }
            index -= 1
        }
        return false
    }

    /// Whether a clause is subordinate: a time clause ending with 后/时/前, a condition
    /// ending with 的 (乙方将注册地迁入本区的，…) or opening with 如/若/如果 (如乙方未能还款，…).
    /// Its subject is not the subject of the main clause that follows.
    func isSubordinate(_ clause: Int) -> Bool {
        let span = analysis.structure.clauses[clause]
        var end = span.end - 1
        let units = analysis.text.units
        while end > span.start, Lexicon.phraseBreaks.contains(units[end]) || units[end] == 0x20 { end -= 1 }
        guard end >= span.start else { return false }
        var start = span.start
        while start < end, units[start] == 0x20 { start += 1 }
        // The article number is not part of the clause (第十二条 乙方应于甲方交地后，…).
        start = min(end, Self.skippingArticleMark(from: start, in: units))
        if Lexicon.subordinateEnds.contains(units[end]) { return !opensWithCommittedTime(span, from: start) }
        if units[end] == Lexicon.possessive { return true }
        return Self.precedes(Lexicon.conditionalOpeners, after: start, in: units)
    }

    /// Whether a clause ending in 后/时/前 opens with a party that commits to act at that time
    /// (甲方同意在乙方缴清出让价款后，…): the time phrase is the party's, so the party is the
    /// subject of what follows, not the subject of a subordinate clause.
    func opensWithCommittedTime(_ span: DocumentStructure.Span, from start: Int) -> Bool {
        let mentions = analysis.mentions
        let index = DocumentAnalysis.lowerBound(mentions, start) { $0.start }
        guard index < mentions.count, mentions[index].start == start, mentions[index].end < span.end else { return false }
        let units = analysis.text.units
        return Self.precedes(Lexicon.committedTimeOpeners, after: Self.skippingAdverbials(from: mentions[index].end, in: units), in: units)
    }

    /// Whether a clause opens with a coordinating word (并, 并且, 同时, 另) and no party of its own.
    func opensCoordination(_ clause: Int) -> Bool {
        let units = analysis.text.units
        let start = Self.skippingBlanks(from: analysis.structure.clauses[clause].start, in: units)
        return Self.precedes(Lexicon.coordinators, after: start, in: units)
    }

    /// Whether one of `words` ends right before `offset` (and after `floor`).
    static func follows(_ words: [[UInt16]], before offset: Int, floor: Int, in units: [UInt16]) -> Bool {
        words.contains { word in
            offset - word.count >= floor && units[(offset - word.count)..<offset].elementsEqual(word)
        }
    }

    /// The offset after any adverbials (依法, 可以, 均…) that start at `offset`: they say how a
    /// party acts, not what it does, so 乙方依法享受 is read as 乙方享受.
    static func skippingAdverbials(from offset: Int, in units: [UInt16]) -> Int {
        var position = offset
        while let word = Lexicon.adverbials.first(where: { position + $0.count <= units.count && units[position..<(position + $0.count)].elementsEqual($0) }) {
            position += word.count
        }
        return position
    }

    /// The offset after an article number or item mark opening at `offset` (第十二条, （三）,
    /// 三、, 2.3) and the blanks after it; `offset` itself where none opens.
    static func skippingArticleMark(from offset: Int, in units: [UInt16]) -> Int {
        func isDigit(_ unit: UInt16) -> Bool { ArticleHeading.isChineseDigit(unit) || (unit >= 0x30 && unit <= 0x39) }
        func digits(from start: Int) -> Int {
            var position = start
            while position < units.count, isDigit(units[position]) { position += 1 }
            return position
        }
        guard offset < units.count else { return offset }
        var position: Int
        switch units[offset] {
        case 0x7B2C:  // 第…条
            let end = digits(from: offset + 1)
            guard end > offset + 1, end < units.count, units[end] == 0x6761 else { return offset }
            position = end + 1
        case 0x28, 0xFF08:  // （…）
            let end = digits(from: offset + 1)
            guard end > offset + 1, end < units.count, units[end] == 0x29 || units[end] == 0xFF09 else { return offset }
            position = end + 1
        default:  // 三、, 1. or 2.3 (a bare number is an amount or a year, not a mark)
            var end = digits(from: offset)
            var dotted = false
            while end + 1 < units.count, units[end] == 0x2E, units[end + 1] >= 0x30, units[end + 1] <= 0x39 {
                end = digits(from: end + 1)
                dotted = true
            }
            guard end > offset, end < units.count else { return offset }
            if units[end] == 0x3001 || units[end] == 0x2E {
                position = end + 1
            } else if dotted, units[end] == 0x20 || units[end] == 0x3000 {
                position = end
            } else {
                return offset
            }
        }
        while position < units.count, units[position] == 0x20 || units[position] == 0x3000 { position += 1 }
        return position
    }

    static func skippingBlanks(from offset: Int, in units: [UInt16]) -> Int {
        var position = offset
        while position < units.count, units[position] == 0x20 || units[position] == 0x0A { position += 1 }
        return position
    }

    /// Whether one of `words` starts right at `offset`.
    static func precedes(_ words: [[UInt16]], after offset: Int, in units: [UInt16]) -> Bool {
        words.contains { word in
            offset + word.count <= units.count && units[offset..<(offset + word.count)].elementsEqual(word)
        }
    }

    func inheritedParty(forClause clause: Int) -> PartyMention? {
        let structure = analysis.structure
        let sentence = structure.clauseSentence[clause]
        var previous = clause - 1
        // Look back a few clauses only: a subject does not carry across a whole page.
        let floor = max(structure.sentenceFirstClause[sentence], clause - Self.inheritanceReach)
        while previous >= floor {
            // A subordinate clause (乙方竞得土地后，…) does not lend its subject to the main clause.
            if isSubordinate(previous) { previous -= 1; continue }
            // A clause that goes on with 并/同时 and a verb (我委支持贵行放贷，并承诺…) shares the
            // subject of the clause before, not the party a causative verb handed an act to.
            let coordinated = previous == clause - 1 && opensCoordination(clause)
            if let actor = ownParty(inClause: previous, before: structure.clauses[previous].end, followingCausatives: !coordinated), actor.side != .unknown { return actor }
            previous -= 1
        }
        // A lead-in ending with a colon earlier in the same article.
        let boundary = structure.articleBoundary(at: structure.clauses[clause].start)
        var candidate = structure.sentenceFirstClause[sentence] - 1
        var examined = 0
        while candidate >= 0, structure.clauses[candidate].start >= boundary, examined < 40 {
            if structure.clauseEndsWithColon[candidate],
               let actor = ownParty(inClause: candidate, before: structure.clauses[candidate].end), actor.side != .unknown {
                return actor
            }
            candidate -= 1
            examined += 1
        }
        return nil
    }
}
