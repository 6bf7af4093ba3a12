/// The spellings of a trigger that a lawful adverbial between a party and its verb would
/// otherwise hide.
///
/// A trigger such as 乙方垫资 or 由甲方承担 names a party and what it does; 乙方依法垫资 and
/// 由甲方依规承担 promise the same thing, and an adverbial like 依法 says nothing about the
/// act's content. Rather than ask every pack author to spell each variant, the engine adds
/// them when it compiles the pack, so a pack's wording stays the one its examples show.
enum TriggerVariants {
    /// Adverbials that leave the act as it is; longest first so 依法依规 is one insertion.
    static let lawfulAdverbials = ["依法依规", "依法", "依规", "依约", "依照约定", "按约定"]

    /// What may stand between a role word and its verb: one adverbial or two in a row
    /// (乙方依法依约垫资, and the doubled 依法依法 a careless edit leaves).
    static let insertions: [String] = lawfulAdverbials + lawfulAdverbials.flatMap { first in
        lawfulAdverbials.map { first + $0 }
    }

    /// `trigger` itself, then one variant per adverbial after each role word that is followed
    /// by more text (a trigger ending in the role word has no verb to keep apart).
    static func of(_ trigger: String) -> [String] {
        var variants = [trigger]
        for role in PartyDetector.roleWords.sorted() {
            var searchStart = trigger.startIndex
            while let range = trigger.range(of: role, range: searchStart..<trigger.endIndex) {
                searchStart = range.upperBound
                guard range.upperBound < trigger.endIndex else { break }
                let rest = trigger[range.upperBound...]
                if lawfulAdverbials.contains(where: { rest.hasPrefix($0) }) { continue }
                for adverbial in insertions {
                    variants.append(String(trigger[..<range.upperBound]) + adverbial + rest)
                }
            }
        }
        return variants
    }
}
