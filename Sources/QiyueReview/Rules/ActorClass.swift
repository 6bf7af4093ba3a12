/// Who makes a commitment, as far as legality is concerned.
///
/// The same words are unlawful from the government side and lawful from the investor
/// (甲方提供担保 versus 乙方提供履约担保), so every clause rule says which actors it applies to.
public enum ActorClass: String, Sendable, Codable, CaseIterable, Hashable {
    /// A government, its departments and committees, and the platform companies acting for them.
    case government
    /// The investor, its parent, shareholders and project company.
    case investor
    /// A bank, insurer, guarantee company or other outsider.
    case thirdParty = "third-party"
    /// No actor named in the clause or inherited from its sentence or article.
    case unknown
}
