/// A rule pack turned into one automaton plus lookup tables, ready to review many files.
///
/// Every term of every rule and of the `Lexicon` gets one number; the automaton reports
/// term numbers, and the tables say which rules a term triggers and what else it means.
/// Compiling once per run keeps per-file work to the scan and the few clauses it hits.
public struct CompiledPack: Sendable {
    public let pack: RulePack
    let matcher: MultiPatternMatcher
    let rules: [CompiledRule]
    /// For each term, the rules it triggers.
    let rulesTriggered: [[Int]]
    /// For each term, whether it triggers any rule and whether it cancels a sentence: flat
    /// flags, read for every hit without taking a reference to a nested array or set.
    let triggersRule: [Bool]
    let isCanceller: [Bool]
    let kinds: [TermKind]
    /// For mention terms, the side they stand for; role words (甲方…) map to `.unknown` here.
    let mentionSide: [ActorClass]
    /// The role word of a mention term (`甲方`…), resolved against the document's parties.
    let roleWord: [String?]
    let documentRules: [Int]
    /// Whether a term is one a completeness rule expects.
    let isExpectedTerm: [Bool]
    /// Whether a term is an investor's act a completeness rule accepts.
    let isInvestorAct: [Bool]
    /// The term number of `qiyue-disable`.
    let suppressionTerm: Int32
    /// Each rule's basis entries, parsed once per pack rather than once per finding, each with
    /// the frame condition under which it fits: a citation is a long Chinese string, costly to
    /// hash for every entry of every finding.
    let basis: [String: [(entry: BasisEntry, condition: BasisCondition?)]]
    /// The frame condition under which an entry (by citation) fits.
    let basisConditions: [String: BasisCondition]
    /// How many categories the rules name (`CompiledRule.category` is below it).
    let categoryCount: Int
    /// Which rules' context lists each term belongs to.
    let contextIndex: ContextIndex

    public init(_ pack: RulePack, ignoring ignored: Set<String> = []) {
        self.pack = pack
        var numbers: [[UInt16]: Int] = [:]
        var terms: [[UInt16]] = []
        var kinds: [TermKind] = []
        var sides: [ActorClass] = []
        var roles: [String?] = []
        func number(_ term: String) -> Int {
            let folded = NormalizedText.fold(term: term)
            if let existing = numbers[folded] { return existing }
            numbers[folded] = terms.count
            terms.append(folded)
            kinds.append([])
            sides.append(.unknown)
            roles.append(nil)
            return terms.count - 1
        }
        for term in Lexicon.negators { kinds[number(term)].insert(.negator) }
        for term in Lexicon.causatives { kinds[number(term)].insert(.causative) }
        for term in Lexicon.commitments { kinds[number(term)].insert(.commitment) }
        for term in Lexicon.sentenceCancellers { kinds[number(term)].insert(.canceller) }
        for term in Lexicon.maskingCompounds { kinds[number(term)].insert(.mask) }
        for term in Lexicon.partyMaskingNouns { kinds[number(term)].insert(.partyMask) }
        for term in Lexicon.deferrals { kinds[number(term)].insert(.deferral) }
        for term in Lexicon.frameBases { kinds[number(term)].insert(.base) }
        for (term, side) in Lexicon.mentions {
            let id = number(term)
            kinds[id].insert(.mention)
            sides[id] = side
            if PartyDetector.roleWords.contains(term) { roles[id] = term }
        }
        let suppressionTerm = number(Lexicon.suppressionMarker)
        kinds[suppressionTerm].insert(.suppression)
        var compiled: [CompiledRule] = []
        var categoryNumbers: [String: Int] = [:]
        var triggered: [[Int]] = []
        var documentRules: [Int] = []
        for rule in pack.rules where !ignored.contains(rule.id) {
            let index = compiled.count
            let match = rule.match
            let category = categoryNumbers[rule.category.id] ?? categoryNumbers.count
            categoryNumbers[rule.category.id] = category
            compiled.append(CompiledRule(
                rule: rule, category: category,
                requireGroups: match.requireAll.map { pack.expanding($0).map(number) },
                // An exclusion that names a party and its act (乙方回购) is spelt with the same
                // adverbial variants as a trigger: 乙方依法回购 is still the investor's act.
                excluded: pack.expanding(match.excludeAny).flatMap(TriggerVariants.of).map(number),
                excludedInClause: pack.expanding(match.excludeInClause).flatMap(TriggerVariants.of).map(number),
                lawfulWith: pack.expanding(match.lawfulWith).flatMap(TriggerVariants.of).map(number),
                lawfulIfClaimed: pack.expanding(match.lawfulIfClaimed).flatMap(TriggerVariants.of).map(number),
                expected: pack.expanding(match.expected).map(number),
                expectedFromInvestor: pack.expanding(match.expectedFromInvestor).map(number),
                actors: Set(match.actors)
            ))
            if match.scope == .document {
                documentRules.append(index)
            } else {
                for trigger in pack.expanding(match.triggers).flatMap(TriggerVariants.of) {
                    let id = number(trigger)
                    while triggered.count < terms.count { triggered.append([]) }
                    if !triggered[id].contains(index) { triggered[id].append(index) }
                }
            }
        }
        while triggered.count < terms.count { triggered.append([]) }
        var expected = [Bool](repeating: false, count: terms.count)
        for rule in compiled { for term in rule.expected + rule.expectedFromInvestor { expected[term] = true } }
        self.isExpectedTerm = expected
        var acts = [Bool](repeating: false, count: terms.count)
        for rule in compiled { for term in rule.expectedFromInvestor { acts[term] = true } }
        self.isInvestorAct = acts
        self.matcher = MultiPatternMatcher(terms: terms)
        self.categoryCount = categoryNumbers.count
        self.rules = compiled
        self.contextIndex = ContextIndex(rules: compiled, termCount: terms.count)
        self.rulesTriggered = triggered
        self.triggersRule = triggered.map { !$0.isEmpty }
        self.isCanceller = kinds.map { $0.contains(.canceller) }
        self.kinds = kinds
        self.mentionSide = sides
        self.roleWord = roles
        self.documentRules = documentRules
        self.suppressionTerm = Int32(suppressionTerm)
        self.basisConditions = pack.basisConditions
        let basis = Dictionary(pack.rules.map { ($0.id, $0.basis.map(BasisEntry.init(legacyLine:))) }) { first, _ in first }
        self.basis = basis.mapValues { entries in entries.map { ($0, pack.basisConditions[$0.citation]) } }
    }

    /// How many distinct terms the automaton holds (reported by the benchmark).
    public var termCount: Int { kinds.count }
}
