/// Everything the engine knows about one document after a single scan: the normalised
/// text, its structure, its parties, and every term occurrence sorted by position.
///
/// A class: the resolvers and readers that hold it, and the closures that capture them, would
/// otherwise copy (retain and release) each of its arrays for every trigger they examine.
final class DocumentAnalysis {
    let text: NormalizedText
    let structure: DocumentStructure
    let parties: PartyTable
    /// All term occurrences, sorted by start.
    let hits: [TermHit]
    /// Party mentions, sorted by start, with mentions inside longer ones removed.
    let mentions: [PartyMention]
    /// Start and end of negating words, sorted by start.
    let negators: [(start: Int, end: Int)]
    /// Start and end of causative verbs, sorted by start.
    let causatives: [(start: Int, end: Int)]
    /// Start offsets of commitment verbs, sorted.
    let commitments: [Int]
    let suppressionTerm: Int32
    /// Whether a term is a base word of promise frames.
    let baseTerms: [Bool]
    /// Names the document's articles define for themselves (本条所称基数，是指…).
    let definitions: DefinedTerms

    init(text: NormalizedText, pack: CompiledPack) {
        self.text = text
        self.suppressionTerm = pack.suppressionTerm
        self.baseTerms = pack.kinds.map { $0.contains(.base) }
        let structure = DocumentStructure(text)
        self.structure = structure
        self.definitions = DefinedTerms(text: text, structure: structure)
        let parties = PartyDetector.detect(in: text, structure: structure)
        self.parties = parties
        var hits: [TermHit] = []
        pack.matcher.scan(text.units) { term, start, end in
            hits.append(TermHit(term: Int32(term), start: Int32(start), end: Int32(end)))
        }
        Self.sortByStart(&hits)
        let kept = Self.unmasked(hits, pack: pack)
        self.hits = kept
        var mentions: [PartyMention] = []
        var negators: [(Int, Int)] = []
        var causatives: [(Int, Int)] = []
        var commitments: [Int] = []
        // The end of the last noun naming money after a party word (企业发展金): a mention
        // inside it is no party. Hits are sorted by start, longest first, so it comes first.
        var partyMaskEnd = -1
        // A role word's side depends only on the party table, so it is looked up once per
        // term of the pack, not once per mention (role names compare as Unicode text). A pack
        // has a handful of role-word terms, so a short list searched in order beats hashing.
        var roleSides: [(term: Int, side: ActorClass)] = []
        func roleSide(of term: Int) -> ActorClass? {
            guard let role = pack.roleWord[term] else { return nil }
            if let known = roleSides.first(where: { $0.term == term }) { return known.side }
            let side = parties.side(ofRole: role)
            roleSides.append((term, side))
            return side
        }
        for hit in kept {
            let kind = pack.kinds[Int(hit.term)]
            if kind.isEmpty { continue }
            if kind.contains(.partyMask) { partyMaskEnd = max(partyMaskEnd, Int(hit.end)) }
            if kind.contains(.mention), Int(hit.end) <= partyMaskEnd { continue }
            if kind.contains(.negator) { negators.append((Int(hit.start), Int(hit.end))) }
            if kind.contains(.causative) { causatives.append((Int(hit.start), Int(hit.end))) }
            if kind.contains(.commitment) { commitments.append(Int(hit.start)) }
            if kind.contains(.mention) {
                let side = roleSide(of: Int(hit.term)) ?? pack.mentionSide[Int(hit.term)]
                mentions.append(PartyMention(start: Int(hit.start), end: Int(hit.end), side: side))
            }
        }
        for alias in parties.aliases {
            for start in Self.occurrences(of: Array(NormalizedText.fold(term: alias.name)), in: text.units) {
                mentions.append(PartyMention(start: start, end: start + alias.name.utf16.count, side: alias.side))
            }
        }
        self.mentions = Self.outermost(mentions)
        self.negators = negators
        self.causatives = causatives
        self.commitments = commitments
    }

    /// Sorts hits by start, longest first, keeping the scan's order among equal ones — the
    /// order of a stable sort. The scan reports hits by end, so a hit moves back only past the
    /// shorter hits inside its own span: insertion costs a step or two per hit where a merge
    /// sort costs a logarithm. Should the text nest many terms inside one another, the sort
    /// stops inserting after a bounded number of moves and finishes with the stable sort,
    /// which gives the same order since insertion keeps equal hits in scan order.
    static func sortByStart(_ hits: inout [TermHit]) {
        func precedes(_ left: TermHit, _ right: TermHit) -> Bool { (left.start, right.end) < (right.start, left.end) }
        var budget = 8 * hits.count + 64
        hits.withUnsafeMutableBufferPointer { buffer in
            guard buffer.count > 1 else { return }
            for index in 1..<buffer.count {
                let hit = buffer[index]
                var slot = index
                while slot > 0, precedes(hit, buffer[slot - 1]) {
                    buffer[slot] = buffer[slot - 1]
                    slot -= 1
                    budget -= 1
                }
                buffer[slot] = hit
                if budget < 0 { break }
            }
        }
        if budget < 0 { hits.sort(by: precedes) }
    }

    /// Drops rule terms found inside a masking compound (保证 inside 保证金) or inside a longer
    /// party name (担保 inside 担保公司: a party is no act); party mentions stay.
    static func unmasked(_ hits: [TermHit], pack: CompiledPack) -> [TermHit] {
        // One pass to find the masks and one to filter, each into an array reserved once:
        // `filter` grows its result step by step, copying a document's hits again and again.
        let kinds = pack.kinds
        func masks(_ hit: TermHit) -> Bool {
            let kind = kinds[Int(hit.term)]
            return kind.contains(.mask) || kind.contains(.mention)
        }
        var masking: [TermHit] = []
        for hit in hits where masks(hit) { masking.append(hit) }
        guard !masking.isEmpty else { return hits }
        var kept: [TermHit] = []
        kept.reserveCapacity(hits.count)
        var maskIndex = 0
        next: for hit in hits {
            if masks(hit) { kept.append(hit); continue }
            while maskIndex < masking.count, masking[maskIndex].end <= hit.start { maskIndex += 1 }
            var index = maskIndex
            while index < masking.count, masking[index].start <= hit.start {
                if hit.end <= masking[index].end, hit.term != masking[index].term { continue next }
                index += 1
            }
            kept.append(hit)
        }
        return kept
    }

    /// Keeps the longest of overlapping mentions that contain one another (城投公司 over 公司)
    /// and joins adjacent ones.
    static func outermost(_ mentions: [PartyMention]) -> [PartyMention] {
        let sorted = mentions.sorted { ($0.start, $1.end) < ($1.start, $0.end) }
        var kept: [PartyMention] = []
        for mention in sorted {
            if let last = kept.last, mention.start >= last.start, mention.end <= last.end { continue }
            // Adjacent parties form one noun phrase (乙方项目公司, 甲方全资子公司): the first decides the side.
            if let last = kept.last, mention.start == last.end {
                kept[kept.count - 1].end = mention.end
                continue
            }
            kept.append(mention)
        }
        return kept
    }

    /// Start offsets of `needle` in `haystack` (used only for a document's few short names).
    static func occurrences(of needle: [UInt16], in haystack: [UInt16]) -> [Int] {
        guard let first = needle.first, needle.count <= haystack.count else { return [] }
        var result: [Int] = []
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) {
                result.append(index)
                index += needle.count
            } else {
                index += 1
            }
        }
        return result
    }

    /// The first index in a start-sorted array whose start is at or after `offset`.
    static func lowerBound<T>(_ items: [T], _ offset: Int, start: (T) -> Int) -> Int {
        var low = 0, high = items.count
        while low < high {
            let mid = (low + high) / 2
            if start(items[mid]) < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
