/// Edit distance (Levenshtein with adjacent transpositions) and "did you mean" suggestions.
///
/// Used wherever a user can misspell a name: commands, options, filters, variables,
/// rule identifiers. One implementation keeps the suggestions consistent everywhere.
public enum EditDistance {
    /// The number of single-character insertions, deletions, substitutions or swaps of two
    /// neighbouring characters turning `a` into `b` (optimal string alignment distance).
    ///
    /// Swaps count once because `hlep` for `help` is the commonest typo of all.
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// The candidate closest to `word`, if it is close enough to be a plausible typo.
    ///
    /// A candidate qualifies when its distance is at most a third of the longer word's
    /// length (at least 1, at most 3), or when one word is a prefix of the other.
    public static func closest<S: Sequence>(to word: String, among candidates: S) -> String? where S.Element == String {
        var best: (name: String, distance: Int)?
        let lowered = word.lowercased(), wordCount = word.count, loweredCount = lowered.count
        for candidate in candidates {
            let limit = min(3, max(1, max(wordCount, candidate.count) / 3))
            let prefix = wordCount >= 2 && candidate.hasPrefix(word)
            let loweredCandidate = candidate.lowercased()
            // The distance is at least the difference in length, so a word much longer than
            // every name (a pasted paragraph in a tag) is rejected without the quadratic table.
            guard prefix || abs(loweredCount - loweredCandidate.count) <= limit else { continue }
            let distance = between(lowered, loweredCandidate)
            guard distance <= limit || prefix else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.name
    }
}
