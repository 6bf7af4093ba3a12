/// The parts of a document the rules reason about: headings, sentences and clauses, each
/// as a range of units of the normalised text.
///
/// A sentence ends at 。！？；or at a block end (a soft line break inside running text was
/// read as a space by `NormalizedText`, so it ends nothing); a clause (分句) also ends at a comma or a
/// colon. Co-occurring terms are looked for in a sentence, negation and the actor in a
/// clause, and a finding is labelled with its heading.
public struct DocumentStructure: Sendable {
    public struct Span: Sendable, Hashable {
        public var start: Int
        public var end: Int
    }

    public let clauses: [Span]
    /// The sentence each clause belongs to.
    public let clauseSentence: [Int]
    /// Whether a clause was ended by a colon at the end of its line, which makes it a
    /// lead-in for the items below (甲方承诺如下：). Role lines (`乙方：某某公司`) are not.
    public let clauseEndsWithColon: [Bool]
    public let sentences: [Span]
    /// The first clause of each sentence.
    public let sentenceFirstClause: [Int]
    public let headings: [ArticleHeading]
    /// The first non-blank line (0-based), taken as the title.
    public let titleLine: Int?
    /// For every `1 << bucketShift` (32) units of the text, the clause `clauseIndex(containing:)` gives
    /// for the bucket's first unit: a lookup starts there and steps over the few clauses that
    /// start within the bucket, where a binary search over thousands of clauses mispredicted
    /// at every step for every trigger, mention and finding.
    private let clauseBuckets: [Int32]
    static let bucketShift = 5

    public init(_ text: NormalizedText) {
        let units = text.units
        var clauses: [Span] = [], clauseSentence: [Int] = [], colon: [Bool] = []
        var sentences: [Span] = [], firstClause: [Int] = []
        var clauseStart = 0, sentenceStart = 0
        func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }
        func closeClause(at end: Int, colon endsWithColon: Bool) {
            if end > clauseStart {
                if firstClause.count == sentences.count { firstClause.append(clauses.count) }
                clauses.append(Span(start: clauseStart, end: end))
                clauseSentence.append(sentences.count)
                colon.append(endsWithColon)
            }
            clauseStart = end
        }
        func closeSentence(at end: Int) {
            if firstClause.count > sentences.count {
                sentences.append(Span(start: sentenceStart, end: end))
            }
            sentenceStart = end
        }
        let count = units.count
        var index = 0
        while index < count {
            let unit = units[index]
            switch unit {
            case 0x3002, 0x21, 0x3B, 0x0A, 0x3F:  // 。 ! ; \n ?
                closeClause(at: index + 1, colon: false)
                closeSentence(at: index + 1)
            case 0x2C:  // , (a thousands separator between digits is not a break)
                if index > 0, index + 1 < count, isDigit(units[index - 1]), isDigit(units[index + 1]) { break }
                closeClause(at: index + 1, colon: false)
            case 0x3A:  // : — a lead-in only when it ends the line (甲方承诺如下：)
                if index > 0, index + 1 < count, isDigit(units[index - 1]), isDigit(units[index + 1]) { break }
                var next = index + 1
                while next < count, units[next] == 0x20 { next += 1 }
                closeClause(at: index + 1, colon: next == count || units[next] == 0x0A)
            default:
                break
            }
            index += 1
        }
        closeClause(at: count, colon: false)
        closeSentence(at: count)

        var headings: [ArticleHeading] = []
        var titleLine: Int?
        for (line, start) in text.lineStarts.enumerated() {
            let end = text.lineEnd(line)
            guard start < end else { continue }
            // A line that only continues a wrapped sentence opens no heading.
            if line > 0, line - 1 < text.softBreaks.count, text.softBreaks[line - 1] { continue }
            if titleLine == nil, units[start..<end].contains(where: { $0 != 0x20 && $0 != 0x23 && $0 != 0x2A }) {
                titleLine = line
            }
            if let heading = ArticleHeading.detect(in: units, lineStart: start, lineEnd: end) {
                headings.append(heading)
            }
        }
        self.clauses = clauses
        self.clauseBuckets = Self.buckets(for: clauses, unitCount: units.count)
        self.clauseSentence = clauseSentence
        self.clauseEndsWithColon = colon
        self.sentences = sentences
        self.sentenceFirstClause = firstClause
        self.headings = headings
        self.titleLine = titleLine
    }

    /// The index of the clause containing unit `offset` (the last clause starting at or before it).
    public func clauseIndex(containing offset: Int) -> Int {
        let bucket = offset >> Self.bucketShift
        guard offset >= 0, bucket < clauseBuckets.count else { return searchedClauseIndex(containing: offset) }
        var index = Int(clauseBuckets[bucket])
        while index + 1 < clauses.count, clauses[index + 1].start <= offset { index += 1 }
        return index
    }

    /// The last clause starting at or before `offset` (the first when none does), by binary search.
    func searchedClauseIndex(containing offset: Int) -> Int {
        var low = 0, high = clauses.count - 1
        guard high >= 0 else { return 0 }
        while low < high {
            let mid = (low + high + 1) / 2
            if clauses[mid].start <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// `clauseIndex(containing:)` of each bucket's first unit, in one pass over the clauses.
    static func buckets(for clauses: [Span], unitCount: Int) -> [Int32] {
        guard !clauses.isEmpty else { return [] }
        let count = (unitCount >> bucketShift) + 1
        var buckets = [Int32](repeating: 0, count: count)
        var index = 0
        for bucket in 0..<count {
            let offset = bucket << bucketShift
            while index + 1 < clauses.count, clauses[index + 1].start <= offset { index += 1 }
            buckets[bucket] = Int32(index)
        }
        return buckets
    }

    /// Whether sentence `number` is a numbered heading and nothing else (第三条　税收和财政扶持):
    /// a label and a short title without punctuation, ended by its line. A title names the
    /// subject of what follows; it promises nothing, so clause rules do not read it.
    func isHeadingOnly(_ number: Int, units: [UInt16]) -> Bool {
        let sentence = sentences[number]
        let nextClause = number + 1 < sentenceFirstClause.count ? sentenceFirstClause[number + 1] : clauses.count
        guard nextClause - sentenceFirstClause[number] == 1,
              let index = headingIndex(before: sentence.end - 1, maxLevel: 2) else { return false }
        let heading = headings[index]
        guard heading.offset >= sentence.start else { return false }
        var title = 0
        for unit in units[min(heading.offset + heading.label.utf16.count, sentence.end)..<sentence.end] {
            switch unit {
            case 0x20, 0x0A, 0x2A, 0x23: continue
            case 0x3002, 0x21, 0x3B, 0x3F, 0x2C, 0x3A, 0x3001: return false
            default: title += 1
            }
        }
        return title > 0 && title <= LineShape.headingLength
    }

    /// The index of the last heading at or before `offset` with level ≤ `level`, if any.
    func headingIndex(before offset: Int, maxLevel level: Int) -> Int? {
        var low = 0, high = headings.count
        while low < high {
            let mid = (low + high) / 2
            if headings[mid].offset <= offset { low = mid + 1 } else { high = mid }
        }
        var index = low - 1
        while index >= 0 {
            if headings[index].level <= level { return index }
            index -= 1
        }
        return nil
    }

    /// How a finding at `offset` names its place: `第五条`, `第五条（二）`, or `（二）` alone.
    public func articleLabel(at offset: Int) -> String? {
        let article = headingIndex(before: offset, maxLevel: 1)
        let item = headingIndex(before: offset, maxLevel: 2)
        switch (article, item) {
        case let (article?, item?) where item > article && headings[item].level == 2:
            return headings[article].label + headings[item].label
        case let (article?, _):
            return headings[article].level == 1 ? headings[article].label : (item.map { headings[$0].label } ?? headings[article].label)
        case let (nil, item?):
            return headings[item].label
        default:
            return nil
        }
    }

    /// The heading index that bounds actor inheritance for `offset` (the enclosing article).
    func articleBoundary(at offset: Int) -> Int {
        headingIndex(before: offset, maxLevel: 1).map { headings[$0].offset } ?? 0
    }
}
