import Foundation

/// Words that stand in the same slot of a promise (giver, act, base, measure) with the same
/// legal effect, as `Fixtures/generalisation/families.json` declares them.
///
/// A rule that fires on a clause with one member should fire on the clause with any sibling
/// in its place, and a lawful clause should stay lawful; swapping one member for each sibling
/// measures how far a rule reaches beyond the words of its own examples.
struct SlotFamily: Decodable {
    var name: String
    var slot: String
    var members: [String]
    /// When given, a member is swapped only where one of these follows it, so that a verb is
    /// not replaced where the same characters are used as a noun.
    var before: [String]?

    private static let digits = Set("0123456789０１２３４５６７８９.．")

    /// The clause with its first slot word of this family replaced by each sibling in turn.
    ///
    /// The slot word is the longest member found that is not part of a longer member found
    /// (土地出让金 rather than the 出让金 inside it), and a number is not cut out of a longer one.
    func variants(of text: String) -> [String] {
        guard let (member, range) = slotWord(in: text) else { return [] }
        return members.filter { $0 != member }.map { text.replacingCharacters(in: range, with: $0) }
    }

    private func slotWord(in text: String) -> (String, Range<String.Index>)? {
        var taken: [Range<String.Index>] = []
        for member in members.sorted(by: { $0.count > $1.count }) {
            var from = text.startIndex
            while let range = text.range(of: member, range: from..<text.endIndex) {
                let inside = taken.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
                let cutsNumber = member.first.map(Self.digits.contains) == true && range.lowerBound > text.startIndex
                    && Self.digits.contains(text[text.index(before: range.lowerBound)])
                let follows = before.map { ends in ends.contains { text[range.upperBound...].hasPrefix($0) } } ?? true
                if !inside && !cutsNumber && follows { return (member, range) }
                taken.append(range)
                from = text.index(after: range.lowerBound)
            }
        }
        return nil
    }

    static func load(_ url: URL) throws -> [SlotFamily] {
        struct File: Decodable { var families: [SlotFamily] }
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).families
    }
}
