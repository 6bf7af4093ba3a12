/// Where a rule looks for its context terms around a trigger.
public enum MatchScope: String, Sendable, Codable, CaseIterable, Hashable {
    /// The clause (分句) holding the trigger: between commas, colons or sentence ends.
    case clause
    /// The sentence holding the trigger: up to 。！？； or the end of the line.
    case sentence
    /// The whole document: used by completeness rules, which look for missing elements.
    case document
}
