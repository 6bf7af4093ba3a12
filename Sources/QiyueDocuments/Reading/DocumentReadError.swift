import QiyueCore

/// Why a document could not be read, in both user languages.
///
/// Every reader (ZIP, XML, DOCX, HTML) throws this one type so the command layer can turn
/// any failure into a `Diagnostic` naming the file, and never has to guess what a foreign
/// error means. `part` and `line`/`column` point inside the container when known, e.g.
/// `word/document.xml` line 2 column 3051.
public struct DocumentReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: LocalizedText
    /// The part of a package (a ZIP entry name) the problem is in, if any.
    public var part: String?
    /// The 1-based line within `part` (or within the file for text formats), if known.
    public var line: Int?
    public var column: Int?

    public init(_ message: LocalizedText, part: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.part = part
        self.line = line
        self.column = column
    }

    public init(zh: String, en: String, part: String? = nil) {
        self.init(LocalizedText(zh: zh, en: en), part: part)
    }

    /// The message with its place inside the package prefixed, e.g. `word/document.xml:2:3051: …`.
    public func text(in language: Language) -> String {
        var place = part ?? ""
        if let line { place += place.isEmpty ? "\(line)" : ":\(line)" }
        if let column { place += ":\(column)" }
        let message = message.text(in: language)
        return place.isEmpty ? message : "\(place): \(message)"
    }

    /// The same error located in `part`, unless it already names one.
    public func inPart(_ name: String) -> DocumentReadError {
        var copy = self
        if copy.part == nil { copy.part = name }
        return copy
    }

    public var description: String { text(in: .en) }
}
