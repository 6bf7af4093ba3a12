/// A few UTF-16 units searched by value, with a one-word filter first.
///
/// The negation and exception tests ask about one unit at a time, hundreds of thousands of
/// times in a large batch; a `Set<UInt16>` hashes every unit it is asked about, which cost
/// more than the loops asking. The members are those of the lexicon's sets, taken from them.
struct SmallUnitSet: Sendable {
    let units: [UInt16]
    /// Bit `unit % 64` is set for each member, so most units are turned away by one test.
    let filter: UInt64

    init(_ members: Set<UInt16>) {
        units = members.sorted()
        filter = units.reduce(0) { $0 | 1 << ($1 & 63) }
    }

    @inline(__always)
    func contains(_ unit: UInt16) -> Bool {
        filter & 1 << (unit & 63) != 0 && units.contains(unit)
    }
}
