extension StringProtocol {
    /// This text without the given characters at either end.
    ///
    /// The set is split into characters once, not at every end character tested.
    func trimming(_ set: String) -> String {
        let members = Array(set)
        var scalars = Substring(self)
        while let first = scalars.first, members.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, members.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
