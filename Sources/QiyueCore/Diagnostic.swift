/// One message about one place in an input: the single diagnostics type of the toolkit.
///
/// Template errors, review findings, document-reader errors and project-validation
/// problems are all reported as `Diagnostic`s, so every command prints them the same way
/// (`file:line:col: error: message`) and every reporter can serialise them the same way.
/// A diagnostic may span a range (`location` up to `end`), and its notes may point at
/// places of their own — the preamble line that defines the party a finding is about, the
/// field of a project file a clause was drafted from — as swift-format's findings do.
public struct Diagnostic: Sendable, Hashable, Codable, Error {
    public var severity: Severity
    /// Where the problem is; `nil` for problems that belong to no particular place.
    public var location: SourceLocation?
    /// Where the span ends, exclusive (one past its last character), when it is known.
    public var end: SourceLocation?
    /// How many characters, starting at `location`, the caret underline should cover.
    public var length: Int
    public var message: String
    /// Further lines printed under the source excerpt (the legal basis, a suggestion, a hint).
    public var notes: [Note]
    /// A stable identifier of what produced the diagnostic, such as a rule id.
    public var code: String?

    /// A remark attached to a diagnostic, with a place of its own when it is about one.
    public struct Note: Sendable, Hashable, Codable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation, CustomStringConvertible {
        public var message: String
        /// Where the remark points, e.g. the line defining a party; `nil` for plain remarks.
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }

        public init(stringLiteral value: String) {
            self.init(value)
        }

        public var description: String { message }
    }

    public init(
        severity: Severity,
        location: SourceLocation?,
        end: SourceLocation? = nil,
        length: Int = 1,
        message: String,
        notes: [Note] = [],
        code: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.end = end
        self.length = max(1, length)
        self.message = message
        self.notes = notes
        self.code = code
    }

    /// A diagnostic whose notes are plain remarks without places of their own.
    public init(severity: Severity, location: SourceLocation?, length: Int = 1, message: String, notes: [String], code: String? = nil) {
        self.init(severity: severity, location: location, length: length, message: message, notes: notes.map { Note($0) }, code: code)
    }

    public static func error(_ message: String, at location: SourceLocation? = nil, length: Int = 1, notes: [Note] = []) -> Diagnostic {
        Diagnostic(severity: .error, location: location, length: length, message: message, notes: notes)
    }

    public static func error(_ message: String, at location: SourceLocation? = nil, length: Int = 1, notes: [String]) -> Diagnostic {
        error(message, at: location, length: length, notes: notes.map { Note($0) })
    }

    public static func warning(_ message: String, at location: SourceLocation? = nil, length: Int = 1, notes: [Note] = []) -> Diagnostic {
        Diagnostic(severity: .warning, location: location, length: length, message: message, notes: notes)
    }

    public static func warning(_ message: String, at location: SourceLocation? = nil, length: Int = 1, notes: [String]) -> Diagnostic {
        warning(message, at: location, length: length, notes: notes.map { Note($0) })
    }
}

extension Array where Element == Diagnostic.Note {
    /// Appends plain remarks (without places) to a diagnostic's notes.
    public static func += (notes: inout [Diagnostic.Note], remarks: [String]) {
        notes.append(contentsOf: remarks.map { Diagnostic.Note($0) })
    }
}

extension Diagnostic: CustomStringConvertible {
    /// The one-line form, without the source excerpt.
    public var description: String {
        DiagnosticPrinter(language: .en).headline(self)
    }
}
