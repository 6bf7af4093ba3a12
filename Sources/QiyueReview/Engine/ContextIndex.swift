/// Which rules' context lists each term of the pack belongs to, so that a sentence says in
/// one pass over its own hits which lists of which rules it touches at all.
///
/// A rule's exclusions are spelt with every adverbial variant of a party's act (乙方提供,
/// 乙方依法提供…), so its lists run to hundreds of terms. Asking each of them whether it is in
/// the sentence, for every trigger and rule, cost more than the rest of the rule test; a
/// sentence holds a few dozen hits, and most lists have none of them, which this settles.
struct ContextIndex: Sendable {
    /// The bit of a rule's presence word for each of its lists.
    static let excluded: UInt32 = 1
    static let excludedInClause: UInt32 = 2
    static let lawfulWith: UInt32 = 4
    static let lawfulIfClaimed: UInt32 = 8
    /// The first bit of the context groups (`requireAll`), one bit per group.
    static let firstGroupBit = 4
    /// Groups past the last bit are always treated as present, so their terms are searched.
    static let groupBits = 28

    /// The bit of a rule's presence word for context group `group`, or `nil` when the group
    /// has no bit of its own.
    static func groupBit(_ group: Int) -> UInt32? {
        group < groupBits ? 1 << UInt32(firstGroupBit + group) : nil
    }

    /// Where each term's uses start in `uses`; `uses[starts[t]..<starts[t + 1]]` are term `t`'s.
    private let starts: [Int32]
    /// Each use: the rule's number in the high bits and the list's bit number in the low five.
    private let uses: [UInt32]

    init(rules: [CompiledRule], termCount: Int) {
        var byTerm = [[UInt32]](repeating: [], count: termCount)
        func add(_ terms: [Int], rule: Int, bit: UInt32) {
            let bitNumber = UInt32(bit.trailingZeroBitCount)
            for term in terms where byTerm[term].last != UInt32(rule) << 5 | bitNumber {
                byTerm[term].append(UInt32(rule) << 5 | bitNumber)
            }
        }
        for (index, rule) in rules.enumerated() {
            add(rule.excluded, rule: index, bit: Self.excluded)
            add(rule.excludedInClause, rule: index, bit: Self.excludedInClause)
            add(rule.lawfulWith, rule: index, bit: Self.lawfulWith)
            add(rule.lawfulIfClaimed, rule: index, bit: Self.lawfulIfClaimed)
            for (group, terms) in rule.requireGroups.enumerated() {
                if let bit = Self.groupBit(group) { add(terms, rule: index, bit: bit) }
            }
        }
        var starts: [Int32] = [0]
        starts.reserveCapacity(termCount + 1)
        var uses: [UInt32] = []
        for list in byTerm {
            uses += list
            starts.append(Int32(uses.count))
        }
        self.starts = starts
        self.uses = uses
    }

    /// For each rule, the bits of the lists that have a term among `hits`, written into
    /// `presence` (one word per rule, cleared first).
    func presence(of hits: ArraySlice<TermHit>, into presence: inout [UInt32]) {
        for index in presence.indices { presence[index] = 0 }
        uses.withUnsafeBufferPointer { uses in
            starts.withUnsafeBufferPointer { starts in
                for hit in hits {
                    let term = Int(hit.term)
                    var use = Int(starts[term])
                    let end = Int(starts[term + 1])
                    while use < end {
                        let value = uses[use]
                        presence[Int(value >> 5)] |= 1 << (value & 31)
                        use += 1
                    }
                }
            }
        }
    }
}
