import QiyueCore

/// A template's text with the name it is reported under, and the conversion of byte
/// offsets into the 1-based line and column that diagnostics show.
///
/// The engine works on UTF-8 bytes for speed; a `LineIndex` over characters is built only
/// when an error has to be reported, so columns count characters as editors do.
final class SourceText: Sendable {
    let name: String
    let text: String
    let bytes: [UInt8]

    init(name: String, text: String, normalizingNewlines: Bool = true) {
        self.name = name
        // Jinja reads "\r\n" and "\r" as "\n"; normalising once keeps the lexer simple.
        let normalized = normalizingNewlines && text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        self.text = normalized
        self.bytes = Array(normalized.utf8)
    }

    /// The diagnostic for a failure at a byte offset.
    func error(_ failure: RenderFailure, language: Language, extraNotes: [String] = []) -> TemplateError {
        let offset = min(max(0, failure.offset ?? 0), bytes.count)
        let prefix = String(decoding: bytes[0..<offset], as: UTF8.self)
        let index = LineIndex(text)
        let (line, column) = index.position(ofOffset: prefix.count)
        let diagnostic = Diagnostic(
            severity: .error,
            location: SourceLocation(file: name, line: line, column: column),
            length: failure.length,
            message: failure.message.text(in: language),
            notes: failure.notes.map { $0.text(in: language) } + extraNotes,
            code: "template"
        )
        return TemplateError(diagnostic: diagnostic, sourceLine: index.line(line).map(String.init))
    }

    /// The 1-based line of a byte offset, for messages that mention where a block opened.
    func line(ofOffset offset: Int) -> Int {
        var line = 1
        for byte in bytes[0..<min(offset, bytes.count)] where byte == 0x0A { line += 1 }
        return line
    }
}
