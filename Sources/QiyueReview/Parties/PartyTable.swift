/// Which side each role word and short name stands for in one document.
///
/// Built from the preamble by `PartyDetector`; without definitions the convention holds
/// (甲方 is the government side, 乙方 the investor), which is also how single clauses
/// pasted without their agreement are read.
public struct PartyTable: Sendable, Hashable {
    public var parties: [Party]

    public init(parties: [Party] = []) {
        self.parties = parties
    }

    /// The side of a role word (`甲方`…), by definition or by convention.
    public func side(ofRole role: String) -> ActorClass {
        if let party = parties.first(where: { $0.role == role }) { return party.side }
        switch role {
        case "甲方": return .government
        case "乙方": return .investor
        default: return .unknown
        }
    }

    /// Short names other than role words, with their side, for searching the text.
    public var aliases: [(name: String, side: ActorClass)] {
        parties.flatMap { party in
            party.shortNames.filter { !PartyDetector.roleWords.contains($0) }.map { ($0, party.side) }
        }
    }
}
