/// One message about one place in an input: the single diagnostics type of the toolkit.
///
/// Template errors, review findings, document-reader errors and project-validation
/// problems are all reported as `Diagnostic`s, so every command prints them the same way
/// (`file:line:col: error: message`) and every reporter can serialise them the same way.
public struct Diagnostic: Sendable, Hashable, Codable, Error {
    public var severity: Severity
    /// Where the problem is; `nil` for problems that belong to no particular place.
    public var location: SourceLocation?
    /// How many characters, starting at `location`, the caret underline should cover.
    public var length: Int
    public var message: String
    /// Further lines printed under the source excerpt (the legal basis, a suggestion, a hint).
    public var notes: [String]
    /// A stable identifier of what produced the diagnostic, such as a rule id.
    public var code: String?

    public init(
        severity: Severity,
        location: SourceLocation?,
        length: Int = 1,
        message: String,
        notes: [String] = [],
        code: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.length = max(1, length)
        self.message = message
        self.notes = notes
        self.code = code
    }

    public static func error(_ message: String, at location: SourceLocation? = nil, length: Int = 1, notes: [String] = []) -> Diagnostic {
        Diagnostic(severity: .error, location: location, length: length, message: message, notes: notes)
    }

    public static func warning(_ message: String, at location: SourceLocation? = nil, length: Int = 1, notes: [String] = []) -> Diagnostic {
        Diagnostic(severity: .warning, location: location, length: length, message: message, notes: notes)
    }
}

extension Diagnostic: CustomStringConvertible {
    /// The one-line form, without the source excerpt.
    public var description: String {
        DiagnosticPrinter(language: .en).headline(self)
    }
}
