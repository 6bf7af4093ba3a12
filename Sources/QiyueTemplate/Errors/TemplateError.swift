import QiyueCore

/// A template that cannot be compiled or rendered, or data that cannot be read.
///
/// The diagnostic names the template (or data file), the 1-based line and column, the
/// message in the language chosen in `TemplateOptions`, and suggestions as notes; the
/// offending source line travels with it so a printer can draw the caret without
/// reopening the file.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public let diagnostic: Diagnostic
    /// The text of the line the diagnostic points at, without its terminator.
    public let sourceLine: String?

    public init(diagnostic: Diagnostic, sourceLine: String?) {
        self.diagnostic = diagnostic
        self.sourceLine = sourceLine
    }

    /// The diagnostic printed compiler-style: headline, source line, caret and notes.
    public func rendered(language: Language = .zh, colored: Bool = false) -> String {
        DiagnosticPrinter(language: language, colored: colored).render(diagnostic, sourceLine: sourceLine.map { Substring($0) })
    }

    public var description: String { diagnostic.description }
}
