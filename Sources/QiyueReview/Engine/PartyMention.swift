/// A place where a party is named, with the side it stands for in this document.
struct PartyMention: Sendable, Hashable {
    var start: Int
    var end: Int
    var side: ActorClass
}
