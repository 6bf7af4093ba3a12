extension StringProtocol {
    /// This text without the given characters at either end.
    ///
    /// The set is split into characters once, not at every end character tested. Characters
    /// are compared as `Character`s (canonical equivalence), but an end character that is one
    /// scalar without a canonical decomposition is compared by its scalar with the members that
    /// are such scalars too: for those two, equivalence is scalar equality, and the general
    /// comparison normalises both sides each time (most of the cost of a frame's phrase).
    /// When both ends are settled that way by scalars alone (`TrimmingSet.trimPlain`), the set
    /// is not even split into characters.
    func trimming(_ set: String) -> String {
        var scalars = Substring(self)
        if let values = TrimmingSet.plainValues(of: set) {
            let (trimmed, settled) = TrimmingSet.trimPlain(scalars, members: values)
            if settled { return String(trimmed) }
            scalars = trimmed
        }
        let members = Array(set)
        let memberScalars = members.map(TrimmingSet.plainScalar)
        while let first = scalars.first, TrimmingSet.contains(first, members: members, scalars: memberScalars) { scalars.removeFirst() }
        while let last = scalars.last, TrimmingSet.contains(last, members: members, scalars: memberScalars) { scalars.removeLast() }
        return String(scalars)
    }
}
