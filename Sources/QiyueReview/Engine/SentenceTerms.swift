/// The terms of one sentence, answering "is term T inside this span?".
///
/// A per-term stamp says in one lookup whether a term occurs in the sentence at all,
/// which settles most questions (rules ask about dozens of context terms that are absent).
/// Otherwise an ordinary sentence is searched directly, and a huge one (a 100 MB file on
/// one line is one sentence) is indexed by term once, so the review stays linear.
struct SentenceTerms {
    private let hits: ArraySlice<TermHit>
    private let stamps: TermStamps
    private let generation: Int32
    private let sentence: DocumentStructure.Span
    private var index: [Int32: [(start: Int32, end: Int32)]]?

    /// Above this many hits the sentence is indexed.
    static let indexThreshold = 64

    init(_ hits: ArraySlice<TermHit>, sentence: DocumentStructure.Span, stamps: TermStamps) {
        self.hits = hits
        self.sentence = sentence
        self.stamps = stamps
        self.generation = stamps.next()
        for hit in hits { stamps.values[Int(hit.term)] = generation }
        guard hits.count > Self.indexThreshold else { return }
        var index: [Int32: [(start: Int32, end: Int32)]] = [:]
        for hit in hits { index[hit.term, default: []].append((hit.start, hit.end)) }
        self.index = index
    }

    /// Whether `term` occurs wholly inside `span` at a place `accept` takes (given its start).
    func contains(_ term: Int, within span: DocumentStructure.Span, where accept: (Int) -> Bool) -> Bool {
        guard stamps.values[term] == generation else { return false }
        let term = Int32(term)
        if let index {
            return (index[term] ?? []).contains { Int($0.start) >= span.start && Int($0.end) <= span.end && accept(Int($0.start)) }
        }
        return hits.contains { $0.term == term && Int($0.start) >= span.start && Int($0.end) <= span.end && accept(Int($0.start)) }
    }

    /// Whether `term` occurs wholly inside `span`.
    func contains(_ term: Int, within span: DocumentStructure.Span) -> Bool {
        guard stamps.values[term] == generation else { return false }
        let term = Int32(term)
        guard let index else {
            return hits.contains { $0.term == term && Int($0.start) >= span.start && Int($0.end) <= span.end }
        }
        guard let list = index[term] else { return false }
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if Int(list[mid].start) < span.start { low = mid + 1 } else { high = mid }
        }
        var position = low
        while position < list.count, Int(list[position].start) < span.end {
            if Int(list[position].end) <= span.end { return true }
            position += 1
        }
        return false
    }
}
