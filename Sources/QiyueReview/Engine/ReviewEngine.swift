import QiyueCore

/// Reviews texts against a compiled rule pack.
///
/// One scan with the pack's automaton finds every term; only the sentences holding a
/// trigger are then examined, clause by clause, for context, negation, actor and amounts.
/// The engine is a value and holds no per-file state, so one engine reviews any number of
/// files, concurrently if the caller likes.
public struct ReviewEngine: Sendable {
    public let compiled: CompiledPack
    /// Whether a sentence gets at most one finding per category — the rule that outranks the
    /// others that fire (see `outranks`) — so a reviewer reads one explanation per unlawful clause. Example runs
    /// turn it off to see every rule that matches.
    public var oneFindingPerCategory: Bool
    /// The language of the findings' diagnostics (their payloads keep both).
    public var language: Language

    public init(pack: RulePack, ignoring ignored: Set<String> = [], oneFindingPerCategory: Bool = true, language: Language = .zh) {
        compiled = CompiledPack(pack, ignoring: ignored)
        self.oneFindingPerCategory = oneFindingPerCategory
        self.language = language
    }

    /// Findings for a plain string (one file's text, positions relative to it).
    public func review(text: String, file: String = "-") -> [Finding] {
        review(ExtractedText(text: text), file: file)
    }

    /// Findings for an extracted text, located in the original file (named `file` in the
    /// diagnostics) through its origins.
    public func review(_ extracted: ExtractedText, file: String = "-") -> [Finding] {
        outcome(extracted, file: file).findings
    }

    /// The findings, the exemptions (`qiyue-disable` comments) with what each silenced, and the parties.
    public func outcome(_ extracted: ExtractedText, file: String = "-") -> ReviewOutcome {
        let analysis = DocumentAnalysis(text: NormalizedText(extracted.text, softBreaks: BlockBreaks.softBreaks(of: extracted)), pack: compiled)
        var located: [LocatedMatch] = clauseMatches(analysis) + documentMatches(analysis)
        let suppressions = SuppressionScanner.scan(analysis, knownRules: Set(compiled.pack.rules.map(\.id)))
        let builder = FindingBuilder(analysis: analysis, extracted: extracted, file: file, language: language, basis: compiled.basis, basisConditions: compiled.basisConditions)
        var silenced: [LocatedMatch] = []
        if !suppressions.suppressions.isEmpty {
            located.removeAll { suppressions.isInsideComment($0.start) }
            silenced = located.filter { suppressions.suppresses($0.rule.id, line: analysis.text.lineIndex(of: $0.start)) }
            located.removeAll { suppressions.suppresses($0.rule.id, line: analysis.text.lineIndex(of: $0.start)) }
        }
        located += suppressions.problems
        var findings = builder.findings(for: located)
        findings.sort { ($0.line, $0.column, $0.ruleID) < ($1.line, $1.column, $1.ruleID) }
        let exemptions = suppressions.suppressions.isEmpty ? [] : ExemptionBuilder(analysis: analysis, extracted: extracted, builder: builder)
            .exemptions(suppressions.suppressions, silenced: silenced)
        return ReviewOutcome(findings: findings, exemptions: exemptions, parties: analysis.parties)
    }

    /// Clause rules: for each sentence with a trigger, at most one finding per rule (or per
    /// category, see `oneFindingPerCategory`).
    func clauseMatches(_ analysis: DocumentAnalysis) -> [LocatedMatch] {
        let structure = analysis.structure
        let hits = analysis.hits
        let resolver = ActorResolver(analysis: analysis)
        var result: [LocatedMatch] = []
        let stamps = TermStamps(termCount: compiled.termCount)
        var presence = [UInt32](repeating: 0, count: compiled.rules.count)
        var hitIndex = 0
        var fired: [(rule: Int, match: LocatedMatch)] = []
        // With one finding per category, a rule after one that already fired in its
        // category need not be tried again (this keeps a one-line file cheap). Every
        // category keeps its own finding: one never hides another. By category number, the
        // first rule that fired in the sentence (-1 for none), reset after each sentence.
        var firstFired = [Int](repeating: -1, count: compiled.categoryCount)
        while hitIndex < hits.count {
            // Find the next hit that triggers some rule, then take its whole sentence.
            guard compiled.triggersRule[Int(hits[hitIndex].term)] else { hitIndex += 1; continue }
            let clause = structure.clauseIndex(containing: Int(hits[hitIndex].start))
            let sentenceNumber = structure.clauseSentence[clause]
            let sentence = structure.sentences[sentenceNumber]
            let first = DocumentAnalysis.lowerBound(hits, sentence.start) { Int($0.start) }
            var last = first
            while last < hits.count, hits[last].start < sentence.end { last += 1 }
            let sentenceHits = hits[first..<last]
            hitIndex = max(last, hitIndex + 1)
            if structure.isHeadingOnly(sentenceNumber, units: analysis.text.units) { continue }
            if sentenceHits.contains(where: { compiled.isCanceller[Int($0.term)] }) { continue }
            let terms = SentenceTerms(sentenceHits, sentence: sentence, stamps: stamps)
            compiled.contextIndex.presence(of: sentenceHits, into: &presence)
            var sentenceHasAmount: Bool?
            // Whether a clause may open with 但 and so start a second frame; one pass per sentence.
            let hasContrast = analysis.text.units[sentence.start..<sentence.end].contains(Lexicon.contrastUnit)
            fired.removeAll(keepingCapacity: true)
            for hit in sentenceHits {
                // The trigger's clause, found once for all the rules it triggers.
                var hitClause: Int?
                for ruleIndex in compiled.rulesTriggered[Int(hit.term)] where !fired.contains(where: { $0.rule == ruleIndex }) {
                    let rule = compiled.rules[ruleIndex]
                    let earlier = firstFired[rule.category]
                    if oneFindingPerCategory, earlier >= 0, outranks(earlier, ruleIndex) { continue }
                    let clause = hitClause ?? structure.clauseIndex(containing: Int(hit.start))
                    hitClause = clause
                    if matches(rule, trigger: hit, clause: clause, terms: terms, presence: presence[ruleIndex], sentence: sentence, hasContrast: hasContrast, analysis: analysis, resolver: resolver, hasAmount: &sentenceHasAmount) {
                        fired.append((ruleIndex, LocatedMatch(rule: rule.reference, start: Int(hit.start), end: Int(hit.end), sentence: sentence)))
                        if earlier < 0 || !outranks(earlier, ruleIndex) { firstFired[rule.category] = ruleIndex }
                    }
                }
            }
            for entry in fired { firstFired[compiled.rules[entry.rule].category] = -1 }
            if oneFindingPerCategory {
                let all = fired
                fired.removeAll { candidate in
                    let category = compiled.rules[candidate.rule].category
                    return all.contains { compiled.rules[$0.rule].category == category && outranks($0.rule, candidate.rule) }
                }
            }
            for entry in fired { result.append(entry.match) }
        }
        return result
    }

    /// Whether the rule numbered `first` takes a category's one finding before `second` when
    /// both fire on a sentence: the more severe first, so that a warning (a price at exactly
    /// 70% of the minimum standard, to be checked) never hides an error of the same clause (land
    /// sold by agreement); between rules of one severity the pack's order decides, and the pack
    /// puts the rules that read a narrower promise before the broad ones (FindingChoiceTests).
    func outranks(_ first: Int, _ second: Int) -> Bool {
        let (left, right) = (compiled.rules[first].severity, compiled.rules[second].severity)
        return left != right ? left > right : first < second
    }

    /// Whether `rule` fires on `trigger`, which stands in clause number `clause`. `presence`
    /// says which of the rule's context lists have a term in the sentence at all
    /// (`ContextIndex`); a list without one is not searched.
    func matches(
        _ rule: CompiledRule, trigger: TermHit, clause: Int, terms: SentenceTerms, presence: UInt32, sentence: DocumentStructure.Span, hasContrast: Bool,
        analysis: DocumentAnalysis, resolver: ActorResolver, hasAmount: inout Bool?
    ) -> Bool {
        let structure = analysis.structure
        let scope = rule.clauseScope ? structure.clauses[clause]
            : hasContrast ? frame(of: clause, in: sentence, analysis: analysis) : sentence
        // A negated word is not there: 不收违约金 is no penalty clause, 不以纳税额为计算依据
        // no base of tax.
        func affirmedExclusion(_ start: Int) -> Bool { !isDenied(at: start, trigger: trigger, analysis: analysis, exclusion: true) }
        func affirmedBase(_ start: Int) -> Bool { !isDenied(at: start, trigger: trigger, analysis: analysis, exclusion: false) }
        if presence & ContextIndex.excluded != 0, rule.excluded.contains(where: { terms.contains($0, within: scope, where: affirmedExclusion) }) { return false }
        if presence & ContextIndex.lawfulWith != 0, rule.lawfulWith.contains(where: { terms.contains($0, within: scope) }) { return false }
        let ownClause = structure.clauses[clause]
        if presence & ContextIndex.excludedInClause != 0,
           rule.excludedInClause.contains(where: { terms.contains($0, within: ownClause, where: affirmedExclusion) }) { return false }
        for (number, group) in rule.requireGroups.enumerated()
        where ContextIndex.groupBit(number).map({ presence & $0 == 0 }) == true || !group.contains(where: { terms.contains($0, within: scope, where: affirmedBase) }) {
            if !isDefined(group, namedIn: scope, sentence: sentence, analysis: analysis) { return false }
        }
        if rule.negatable && isNegated(trigger, clause: structure.clauses[clause], analysis: analysis) { return false }
        if isException(trigger, clause: structure.clauses[clause], units: analysis.text.units) { return false }
        if isRefusedTopic(clause, analysis: analysis) { return false }
        if rule.readsShare {
            // The share of the base stated after the trigger in its clause (标准的60%).
            let share = FrameMeasureReader.measure(in: analysis.text.units[Int(trigger.start)..<structure.clauses[clause].end])
            guard let share, share.kind == .share, let value = share.value else { return false }
            if let below = rule.rule.match.shareBelow, !(value < below - 1e-9) { return false }
            if let at = rule.rule.match.shareAt, abs(value - at) > 1e-9 { return false }
        }
        let acting = resolver.actingParty(inClause: clause, before: Int(trigger.start))
        let actor = acting?.side ?? .unknown
        guard rule.admits(actor) else { return false }
        // A lawful mechanism (a national preference claimed from the tax authority) makes the
        // clause lawful only when the government side is not the one giving — or when the one
        // acting is the tax authority itself, which applies the national preference.
        if actor != .government || acting.map({ isTaxAuthority($0, units: analysis.text.units) }) == true,
           presence & ContextIndex.lawfulIfClaimed != 0, rule.lawfulIfClaimed.contains(where: { terms.contains($0, within: sentence) }) { return false }
        if rule.requireAmount {
            // Computed once per sentence: a whole file on one line is one sentence.
            if scope == sentence {
                if hasAmount == nil { hasAmount = AmountParser.containsAmount(analysis.text.units[scope.start..<scope.end]) }
                if hasAmount == false { return false }
            } else if !AmountParser.containsAmount(analysis.text.units[scope.start..<scope.end]) {
                return false
            }
        }
        return true
    }

    /// Whether a party mention names the tax authority (税务机关, 主管税务部门, 县税务局).
    func isTaxAuthority(_ mention: PartyMention, units: [UInt16]) -> Bool {
        let word = Lexicon.taxAuthorityUnit
        guard mention.end - mention.start >= word.count else { return false }
        return (mention.start...(mention.end - word.count)).contains { units[$0..<($0 + word.count)].elementsEqual(word) }
    }

    /// A trigger is negated by a negating word earlier in its clause, or by 不/未/无… right before it.
    /// A negation inside a time or condition phrase (乙方到期不能还款时由甲方代偿) does not reach
    /// past the 时 that closes it, nor past a part handed to an agent (不能偿还的部分由甲方代偿).
    func isNegated(_ trigger: TermHit, clause: DocumentStructure.Span, analysis: DocumentAnalysis) -> Bool {
        let start = Int(trigger.start)
        let units = analysis.text.units
        // 不/未/无 right before the trigger, or a few units before it within one verb phrase
        // (不代为清偿, 未予返还).
        var back = start - 1
        while back >= max(clause.start, start - Lexicon.adjacentNegationReach) {
            if Self.adjacentNegators.contains(units[back]) { return true }
            if !CharacterFolding.isHan(units[back]) { break }
            back -= 1
        }
        // Only the negator ending last before the trigger needs the test: the words between
        // any earlier one and the trigger hold those between it and the trigger, so a barrier
        // or closer that stops it stops them all. And only `clauseReach` units back are read,
        // so a clause of a whole pasted line costs no more per trigger than an ordinary one.
        let floor = max(clause.start, start - Self.clauseReach)
        var index = DocumentAnalysis.lowerBound(analysis.negators, floor) { $0.start }
        var closest: Int?
        while index < analysis.negators.count, analysis.negators[index].start < start {
            let end = analysis.negators[index].end
            if end <= start, end > (closest ?? -1) { closest = end }
            index += 1
        }
        guard let closest else { return false }
        let between = units[closest..<start]
        return !between.contains(where: { $0 == Lexicon.conditionClose || Lexicon.negationBarriers.contains($0) }) && !Self.closesNegation(between)
    }

    /// How many units either side of a trigger the negation and exception tests read in its
    /// clause, as the actor is looked for (`ActorResolver.actorReach`): no real clause comes
    /// near it, and in a clause of a whole pasted line (no comma in 1 MB) reading to the
    /// clause's ends for every trigger made the review quadratic.
    static let clauseReach = ActorResolver.actorReach

    /// Whether a context group is met by the definition of a name the scope uses (基数 defined
    /// in its article as 乙方缴纳增值税形成的地方财政收入 brings the tax base along).
    func isDefined(_ group: [Int], namedIn scope: DocumentStructure.Span, sentence: DocumentStructure.Span, analysis: DocumentAnalysis) -> Bool {
        if analysis.definitions.definitions.isEmpty { return false }
        let hits = analysis.hits
        for definition in analysis.definitions.sentences(definingNamesIn: scope, sentence: sentence, structure: analysis.structure, units: analysis.text.units) {
            var index = DocumentAnalysis.lowerBound(hits, definition.start) { Int($0.start) }
            while index < hits.count, Int(hits[index].start) < definition.end {
                if Int(hits[index].end) <= definition.end, group.contains(Int(hits[index].term)) { return true }
                index += 1
            }
        }
        return false
    }

    /// Whether the words between a negator and a trigger close the negation with a noun phrase
    /// handed to an agent (…不能按期偿还的部分由甲方代为偿付).
    static func closesNegation(_ between: ArraySlice<UInt16>) -> Bool {
        Lexicon.negationClosers.contains { closer in
            between.count >= closer.count && between.indices.dropLast(closer.count - 1).contains { between[$0..<($0 + closer.count)].elementsEqual(closer) }
        }
    }

    /// How many clauses on each side of the trigger's a frame is looked for in.
    static let frameReach = 12

    /// The part of a sentence that holds one promise: a clause opened by 但/但是 starts a new
    /// one (甲方不收取招商服务费，但乙方应缴纳土地出让金 — the fee waived is not the land fee).
    func frame(of clause: Int, in sentence: DocumentStructure.Span, analysis: DocumentAnalysis) -> DocumentStructure.Span {
        let structure = analysis.structure
        let units = analysis.text.units
        func opensContrast(_ index: Int) -> Bool {
            let span = structure.clauses[index]
            let start = ActorResolver.skippingBlanks(from: span.start, in: units)
            guard ActorResolver.precedes(Lexicon.contrastOpeners, after: start, in: units) else { return false }
            // 但以乙方在本县纳税为前提 attaches a condition to the promise before it: no new frame.
            let body = units[start..<span.end]
            return !Lexicon.provisoMarkers.contains { marker in
                body.count >= marker.count && body.indices.dropLast(marker.count - 1).contains { body[$0..<($0 + marker.count)].elementsEqual(marker) }
            }
        }
        // Bounded: a frame spans a few clauses; a huge sentence keeps its whole span beyond that.
        var first = clause
        while first > 0, clause - first < Self.frameReach, structure.clauseSentence[first - 1] == structure.clauseSentence[clause], !opensContrast(first) { first -= 1 }
        if clause - first >= Self.frameReach { first = structure.sentenceFirstClause[structure.clauseSentence[clause]] }
        var last = clause
        while last + 1 < structure.clauses.count, last - clause < Self.frameReach, structure.clauseSentence[last + 1] == structure.clauseSentence[clause], !opensContrast(last + 1) { last += 1 }
        if last - clause >= Self.frameReach { return DocumentStructure.Span(start: max(sentence.start, structure.clauses[first].start), end: sentence.end) }
        if first == structure.sentenceFirstClause[structure.clauseSentence[clause]], structure.clauses[last].end >= sentence.end { return sentence }
        return DocumentStructure.Span(start: max(sentence.start, structure.clauses[first].start), end: min(sentence.end, structure.clauses[last].end))
    }

    /// Whether a context word at `start` is denied, so it is not part of the promise: an
    /// exclusion right after 不/免/未 (期间不计利息、不收违约金 is no penalty clause), a base
    /// after a word that denies it as a base (不以乙方纳税额为计算依据, 不另行作出与税收挂钩的承诺).
    /// The trigger's own negative wording (不向乙方收取土地出让金) denies nothing else.
    func isDenied(at start: Int, trigger: TermHit, analysis: DocumentAnalysis, exclusion: Bool) -> Bool {
        let units = analysis.text.units
        let clause = analysis.structure.clauses[analysis.structure.clauseIndex(containing: start)]
        let triggerSpan = Int(trigger.start)..<Int(trigger.end)
        if exclusion {
            var back = start - 1
            while back >= max(clause.start, start - Lexicon.exclusionDenialReach) {
                if triggerSpan.contains(back) { return false }
                if Self.denyingUnits.contains(units[back]) { return true }
                back -= 1
            }
            return false
        }
        var back = start - 1
        while back >= max(clause.start, start - Lexicon.denialReach) {
            if triggerSpan.contains(back) || Self.negationBarriers.contains(units[back]) || units[back] == Lexicon.conditionClose { return false }
            if let denier = Lexicon.baseDeniers.first(where: { back + $0.count <= start && units[back..<(back + $0.count)].elementsEqual($0) }) {
                return back + denier.count <= start
            }
            back -= 1
        }
        return false
    }

    /// Whether the trigger stands inside an exception phrase 除…外 of its clause
    /// (除国家统一规定的税收优惠外，甲方不给予…): what is excepted is not promised.
    func isException(_ trigger: TermHit, clause: DocumentStructure.Span, units: [UInt16]) -> Bool {
        let start = Int(trigger.start), end = Int(trigger.end)
        // Bounded: 除 and 外 are looked for `clauseReach` units either side of the trigger.
        guard let opening = units[max(clause.start, start - Self.clauseReach)..<start].lastIndex(of: Lexicon.exceptionOpen) else { return false }
        // 免除, 解除, 扣除… are verbs, not the opening of an exception.
        if opening > clause.start, Self.exceptionCompounds.contains(units[opening - 1]) { return false }
        guard let closing = units[end..<max(end, min(clause.end, end + Self.clauseReach))].firstIndex(of: Lexicon.exceptionClose) else { return false }
        // 外 closes the phrase only at the clause's end (…外，) or before 的/之.
        let next = closing + 1
        return opening >= clause.start && (next >= clause.end || Self.phraseBreaks.contains(units[next]))
    }

    /// Words that open a clause naming a topic, not a promise (关于您提到的税收返还，…).
    static let topicOpeners: [[UInt16]] = ["关于", "对于", "至于"].map { Array($0.utf16) }

    /// How many clauses after a topic are read for the answer that refuses it.
    static let topicAnswerReach = 2

    /// Whether the trigger's clause names a topic (关于…, 对于…) that the next clauses of its
    /// sentence refuse (…，按现行规定不能写进协议): what is refused is not promised. A topic
    /// answered by a promise (关于税收返还，甲方同意按五成返还) is not refused, and the promise
    /// in the answer is read on its own.
    func isRefusedTopic(_ clause: Int, analysis: DocumentAnalysis) -> Bool {
        let structure = analysis.structure
        let units = analysis.text.units
        let start = ActorResolver.skippingBlanks(from: structure.clauses[clause].start, in: units)
        guard ActorResolver.precedes(Self.topicOpeners, after: start, in: units) else { return false }
        let sentence = structure.clauseSentence[clause]
        var next = clause + 1
        while next < structure.clauses.count, next - clause <= Self.topicAnswerReach, structure.clauseSentence[next] == sentence {
            let span = structure.clauses[next]
            let index = DocumentAnalysis.lowerBound(analysis.negators, span.start) { $0.start }
            if index < analysis.negators.count, analysis.negators[index].start < span.end { return true }
            next += 1
        }
        return false
    }

    /// Completeness rules: only whole agreements (opening lines naming an agreement, or
    /// defined parties and at least three articles) are expected to contain every element; a mention in a sentence that
    /// defers the matter to a later agreement does not count.
    /// How many uses of an investor's act a completeness check examines at most.
    static let investorActReach = 200

    // The lexicon's unit sets the negation and exception tests ask about, searched by value.
    static let adjacentNegators = SmallUnitSet(Lexicon.adjacentNegators)
    static let denyingUnits = SmallUnitSet(Lexicon.denyingUnits)
    static let negationBarriers = SmallUnitSet(Lexicon.negationBarriers)
    static let exceptionCompounds = SmallUnitSet(Lexicon.exceptionCompounds)
    static let phraseBreaks = SmallUnitSet(Lexicon.phraseBreaks)

    func documentMatches(_ analysis: DocumentAnalysis) -> [LocatedMatch] {
        guard !compiled.documentRules.isEmpty, let titleLine = analysis.structure.titleLine else { return [] }
        let text = analysis.text
        let titleStart = text.lineStarts[titleLine]
        let titleEnd = text.lineEnd(titleLine)
        // The opening lines (title, sub-title, number) name an agreement, or the document
        // defines its parties and has articles; a brochure with numbered sections does neither.
        var opening = ""
        var line = titleLine
        while line < min(text.lineStarts.count, titleLine + 4) {
            let start = text.lineStarts[line]
            let end = text.lineEnd(line)
            // A heading line is short and is no sentence (本协议项下… in a clause does not count).
            let heading = text.string(start..<min(end, start + 200))
            // A line of wrapped running text is no heading however short its piece is.
            let wrapped = (line < text.softBreaks.count && text.softBreaks[line]) || (line > 0 && line - 1 < text.softBreaks.count && text.softBreaks[line - 1])
            if !wrapped, heading.count <= 40, !heading.contains("。") { opening += heading + "\n" }
            line += 1
        }
        let articles = analysis.structure.headings.filter { $0.level <= 1 }.count
        let namesAgreement = ["协议", "合同", "合约", "契约"].contains(where: opening.contains)
        guard namesAgreement || (!analysis.parties.parties.isEmpty && articles >= 3) else { return [] }
        // Only the occurrences of expected terms and of deferrals matter here.
        let structure = analysis.structure
        let relevant = analysis.hits.filter { compiled.isExpectedTerm[Int($0.term)] || compiled.kinds[Int($0.term)].contains(.deferral) }
        let deferred = Set(relevant.filter { compiled.kinds[Int($0.term)].contains(.deferral) }.map {
            structure.clauseSentence[structure.clauseIndex(containing: Int($0.start))]
        })
        // Which expected terms occur outside deferring sentences, one flag per term of the
        // pack: a set of term numbers hashed every occurrence of every expected word.
        var present = [Bool](repeating: false, count: compiled.termCount)
        for hit in relevant where compiled.isExpectedTerm[Int(hit.term)] && !present[Int(hit.term)]
            && !deferred.contains(structure.clauseSentence[structure.clauseIndex(containing: Int(hit.start))]) {
            present[Int(hit.term)] = true
        }
        // An element stated as the investor's act with an amount (甲方投资5亿元 when 甲方 is the
        // company), whatever words the agreement uses for it.
        let resolver = ActorResolver(analysis: analysis)
        var investorActs = Set<Int>()
        var tried = 0
        // Only when some element is missing by its words does the investor's act matter.
        let undecided = compiled.documentRules.contains { index in
            let rule = compiled.rules[index]
            return !rule.expectedFromInvestor.isEmpty && !rule.expected.contains(where: { present[$0] })
        }
        for hit in relevant where undecided && compiled.isInvestorAct[Int(hit.term)] && !investorActs.contains(Int(hit.term)) {
            // Bounded: a long document with the word everywhere is settled by its first uses.
            tried += 1
            if tried > Self.investorActReach { break }
            let clause = structure.clauseIndex(containing: Int(hit.start))
            guard !deferred.contains(structure.clauseSentence[clause]) else { continue }
            let span = structure.clauses[clause]
            if resolver.actor(inClause: clause, before: Int(hit.start)) == .investor,
               AmountParser.containsAmount(text.units[span.start..<span.end]) {
                investorActs.insert(Int(hit.term))
            }
        }
        var result: [LocatedMatch] = []
        for index in compiled.documentRules {
            let rule = compiled.rules[index]
            if !rule.expected.contains(where: { present[$0] }), !rule.expectedFromInvestor.contains(where: investorActs.contains) {
                let span = DocumentStructure.Span(start: titleStart, end: titleEnd)
                result.append(LocatedMatch(rule: rule.reference, start: titleStart, end: max(titleStart + 1, titleEnd), sentence: span))
            }
        }
        return result
    }
}
