/// The terms of one sentence, indexed so that "is term T inside this span?" costs a
/// binary search however many terms the sentence holds (a 100 MB line is one sentence).
struct SentenceTerms {
    private var spans: [Int: [(start: Int, end: Int)]] = [:]

    init(_ hits: ArraySlice<TermHit>) {
        for hit in hits { spans[Int(hit.term), default: []].append((Int(hit.start), Int(hit.end))) }
    }

    /// Whether `term` occurs wholly inside `span`.
    func contains(_ term: Int, within span: DocumentStructure.Span) -> Bool {
        guard let list = spans[term] else { return false }
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid].start < span.start { low = mid + 1 } else { high = mid }
        }
        // Starts are sorted; ends follow them closely, so check the few that start in the span.
        var index = low
        while index < list.count, list[index].start < span.end {
            if list[index].end <= span.end { return true }
            index += 1
        }
        return false
    }
}
