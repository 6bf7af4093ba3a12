import QiyueCore

/// The first place where a register stops being the list that was filed.
///
/// Later lines of a broken chain are consequences of the first break, so verification
/// reports only that one, naming the entry an officer must look at.
public struct RegisterProblem: Sendable, Hashable, Error {
    public enum Kind: String, Sendable {
        case notJSON = "not-json"
        case notAnEntry = "not-an-entry"
        case contentChanged = "content-changed"
        case missingEntry = "missing-entry"
        case extraEntry = "extra-entry"
        case chainBroken = "chain-broken"
        case incomplete
    }

    public var kind: Kind
    /// The 1-based line of the register file.
    public var line: Int
    /// The entry (position) the problem is about.
    public var entry: Int
    public var message: LocalizedText

    public init(_ kind: Kind, line: Int, entry: Int, message: LocalizedText) {
        self.kind = kind
        self.line = line
        self.entry = entry
        self.message = message
    }

    /// `登记簿.jsonl:3:1: error: …` for printing.
    public func diagnostic(path: String, language: Language) -> Diagnostic {
        Diagnostic(severity: .error, location: SourceLocation(file: path, line: line, column: 1), message: message.text(in: language), code: "register." + kind.rawValue)
    }
}
