/// The spellings of a trigger that a lawful adverbial between a party and its verb would
/// otherwise hide.
///
/// A trigger such as 乙方垫资 or 由甲方承担 names a party and what it does; 乙方依法垫资 and
/// 由甲方依规承担 promise the same thing, and an adverbial like 依法 says nothing about the
/// act's content. Rather than ask every pack author to spell each variant, the engine adds
/// them when it compiles the pack, so a pack's wording stays the one its examples show.
enum TriggerVariants {
    /// What may stand between a role word and its verb: one of `Lexicon.lawfulAdverbials` or
    /// two in a row (乙方依法依约垫资, and the doubled 依法依法 a careless edit leaves).
    static let insertions: [String] = Lexicon.lawfulAdverbials + Lexicon.lawfulAdverbials.flatMap { first in
        Lexicon.lawfulAdverbials.map { first + $0 }
    }

    /// The role words in a fixed order, so the variants (and the term numbers) are the same
    /// on every run; sorted once rather than for every trigger.
    private static let roleWords = PartyDetector.roleWords.sorted()

    /// `trigger` itself, then one variant per adverbial after each role word that is followed
    /// by more text (a trigger ending in the role word has no verb to keep apart).
    static func of(_ trigger: String) -> [String] {
        var variants = [trigger]
        for role in roleWords {
            var searchStart = trigger.startIndex
            while let range = trigger.range(of: role, range: searchStart..<trigger.endIndex) {
                searchStart = range.upperBound
                guard range.upperBound < trigger.endIndex else { break }
                let rest = trigger[range.upperBound...]
                if Lexicon.lawfulAdverbials.contains(where: { rest.hasPrefix($0) }) { continue }
                for adverbial in insertions {
                    variants.append(String(trigger[..<range.upperBound]) + adverbial + rest)
                }
            }
        }
        return variants
    }
}
