/// Renders diagnostics the way compilers do, so editors and people read them alike.
///
/// ```
/// contract.md:21:5: error: [land.price-promise] 甲方承诺土地出让价格
/// 甲方承诺土地出让价格为每亩5万元。
///     ^~~~~~~~~~~~~~~~~~~~
/// note: 依据：《中华人民共和国民法典》第三百四十七条
/// ```
///
/// The caret line is built from the display width of every character before the
/// column, so it sits under the right character even after full-width Chinese text.
public struct DiagnosticPrinter: Sendable {
    public var language: Language
    /// Whether to wrap the severity and caret in ANSI colour codes.
    public var colored: Bool

    public init(language: Language = .zh, colored: Bool = false) {
        self.language = language
        self.colored = colored
    }

    /// `file:line:col: severity: message` (or `severity: message` when there is no location).
    public func headline(_ diagnostic: Diagnostic) -> String {
        var text = ""
        if let location = diagnostic.location {
            text += location.prefix + ": "
        }
        let label = diagnostic.severity.label(in: language)
        text += paint(label + ":", color: color(for: diagnostic.severity)) + " " + Self.bounded(diagnostic.message)
        return text
    }

    /// Messages longer than this many characters are shown with their middle cut out.
    ///
    /// A message quotes what it is about (a tag, a variable, a name from the input), and a
    /// quoted megabyte from a hostile file would bury the message and flood the terminal.
    public static let maximumMessageCharacters = 1000

    /// `message`, or its first characters, `…` and its last 80 characters when it is longer
    /// than `maximumMessageCharacters`, so the closing quote and the hint after it remain.
    static func bounded(_ message: String) -> String {
        let tail = 80
        guard message.utf8.count > maximumMessageCharacters,
              let headEnd = message.index(message.startIndex, offsetBy: maximumMessageCharacters - tail, limitedBy: message.endIndex),
              let limit = message.index(headEnd, offsetBy: tail, limitedBy: message.endIndex), limit < message.endIndex
        else { return message }
        return String(message[..<headEnd]) + "…" + String(message.suffix(tail))
    }

    /// The full rendering: headline, source excerpt with caret (when the line is known), notes.
    ///
    /// - Parameter sourceLine: the text of the diagnostic's line, without its terminator.
    public func render(_ diagnostic: Diagnostic, sourceLine: Substring?) -> String {
        var lines = [headline(diagnostic)]
        if let sourceLine, let location = diagnostic.location {
            let excerpt = Self.excerpt(of: sourceLine, column: location.column, length: diagnostic.length)
            lines.append(String(excerpt.text))
            lines.append(paint(caretLine(for: excerpt.text, column: excerpt.column, length: excerpt.length), color: "32"))
        }
        for note in diagnostic.notes {
            lines.append(line(for: note))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `注: message`, or `file:line:col: 注: message` for a note with a place of its own, so
    /// an editor can jump to it as to any diagnostic.
    public func line(for note: Diagnostic.Note) -> String {
        let label = paint(Severity.note.label(in: language) + ":", color: "36") + " " + Self.bounded(note.message)
        guard let location = note.location else { return label }
        return location.prefix + ": " + label
    }

    /// Renders a diagnostic, looking its source line up in `index`.
    public func render(_ diagnostic: Diagnostic, in index: LineIndex?) -> String {
        render(diagnostic, sourceLine: diagnostic.location.flatMap { index?.line($0.line) })
    }

    /// Source lines longer than this many characters are shown as a window around the
    /// span, so that a document whose text is one enormous line (a minified HTML page, a
    /// PDF extraction) cannot make each diagnostic as large as the file.
    public static let maximumExcerptCharacters = 160

    /// The part of `line` to print, and the column and length of the span within it.
    ///
    /// Short lines are returned whole. A long line is cut to a window that starts up to 60
    /// characters before the span, with `…` marking each cut.
    static func excerpt(of line: Substring, column: Int, length: Int) -> (text: Substring, column: Int, length: Int) {
        guard line.utf8.count > maximumExcerptCharacters,
              line.index(line.startIndex, offsetBy: maximumExcerptCharacters, limitedBy: line.endIndex).map({ $0 < line.endIndex }) ?? false
        else { return (line, column, length) }
        let spanStart = max(0, column - 1)
        let windowStart = max(0, spanStart - 60)
        guard let start = line.index(line.startIndex, offsetBy: windowStart, limitedBy: line.endIndex) else {
            return (line.suffix(0), 1, 1)
        }
        let end = line.index(start, offsetBy: maximumExcerptCharacters, limitedBy: line.endIndex) ?? line.endIndex
        var text = String(line[start..<end])
        var shownColumn = spanStart - windowStart + 1
        if start > line.startIndex {
            text = "…" + text
            shownColumn += 1
        }
        if end < line.endIndex { text += "…" }
        let shownLength = max(1, min(length, maximumExcerptCharacters - (spanStart - windowStart)))
        return (Substring(text), shownColumn, shownLength)
    }

    /// Spaces (tabs kept as tabs) up to the column, then `^` and `~` across the span.
    func caretLine(for line: Substring, column: Int, length: Int) -> String {
        let characters = Array(line)
        var result = ""
        let start = max(0, column - 1)
        for character in characters.prefix(start) {
            result += character == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of(character))
        }
        let span = characters.dropFirst(start).prefix(max(1, length))
        let width = max(1, DisplayWidth.of(String(span)))
        result += "^" + String(repeating: "~", count: width - 1)
        return result
    }

    private func color(for severity: Severity) -> String {
        switch severity {
        case .error: return "1;31"
        case .warning: return "1;35"
        case .note: return "1;36"
        }
    }

    private func paint(_ text: String, color: String) -> String {
        colored ? "\u{1B}[\(color)m\(text)\u{1B}[0m" : text
    }
}
