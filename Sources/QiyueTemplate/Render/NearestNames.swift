import QiyueCore

/// The defined names closest to a misspelt one, best first, for "did you mean" notes.
enum NearestNames {
    static func find(_ word: String, among candidates: [String], limit: Int = 3) -> [String] {
        let lowered = word.lowercased()
        var scored: [(name: String, distance: Int)] = []
        for candidate in Set(candidates) {
            let distance = EditDistance.between(lowered, candidate.lowercased())
            let bound = min(3, max(1, max(word.count, candidate.count) / 3))
            if distance <= bound || (word.count >= 2 && (candidate.hasPrefix(word) || word.hasPrefix(candidate))) {
                scored.append((candidate, distance))
            }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
        return scored.prefix(limit).map(\.name)
    }
}
