import QiyueCore

/// What the screening found for one red line.
public struct RedLineResult: Sendable {
    public enum Status: String, Sendable {
        /// The data shows the project crosses the line: it may not be admitted.
        case failed
        /// The data shows the project is clear of the line.
        case passed
        /// The line could be decided from data, but the data is missing.
        case undetermined
        /// Only a person with access to registers and documents can decide; see `questions`.
        case needsHuman = "needs-human"
    }

    public var redLine: RedLine
    public var status: Status
    /// What the data showed (figures compared, facts found).
    public var facts: [LocalizedText]
    /// What a person must answer before admission.
    public var questions: [LocalizedText]
}
