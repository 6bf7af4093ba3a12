import Foundation
import QiyueCore

/// Reads Markdown into a `Document`: the way into every other format, since templates
/// produce Markdown.
///
/// The reader never fails: text it does not understand stays in the document as written,
/// and problems it can name (a missing picture, an attribute line that fits no block) are
/// returned as warnings with their line and column. The one error is a table beyond
/// `DocumentLimits`: it is left out, and callers must not write the document. See `docs/documents.md` for the exact
/// list of supported syntax and the extensions: `\pagebreak`, attribute lines, and a
/// metadata block at the top (`MarkdownFrontMatter`) whose values win over the title the
/// reader derives from the title page or first heading.
public struct MarkdownReader: Sendable {
    /// The directory relative image paths are resolved against; `nil` disables local images.
    public var baseDirectory: URL?
    /// The file name used in warnings.
    public var fileName: String
    /// The language of warning messages.
    public var language: Language
    /// Pictures larger than this are not embedded (the Markdown stays as text instead).
    public var maximumImageBytes: Int

    public init(baseDirectory: URL? = nil, fileName: String = "<stdin>", language: Language = .zh, maximumImageBytes: Int = DocumentLimits.maximumImageBytes) {
        self.baseDirectory = baseDirectory
        self.fileName = fileName
        self.language = language
        self.maximumImageBytes = maximumImageBytes
    }

    public func read(_ source: String) -> MarkdownReadResult {
        var lines = Self.lines(of: source)
        var metadata = DocumentMetadata()
        var warnings: [Diagnostic] = []
        switch MarkdownFrontMatter.recognize(lines) {
        case .none:
            break
        case let .frontMatter(frontMatter):
            // The block's lines leave the body; every later line keeps its own line number.
            lines.removeFirst(frontMatter.lineCount)
            warnings = frontMatter.apply(to: &metadata, fileName: fileName, language: language)
        case let .rejected(rejection, opening):
            warnings = [frontMatterRejected(rejection, opening: opening)]
        }
        let raw = MarkdownBlockParser().parse(lines)
        let builder = MarkdownDocumentBuilder(reader: self)
        let blocks = builder.blocks(from: raw)
        // A title given in the front matter wins; the derived one is the fallback.
        if metadata.title == nil { metadata.title = Self.title(of: blocks) }
        return MarkdownReadResult(document: Document(metadata: metadata, blocks: blocks), diagnostics: warnings + builder.diagnostics)
    }

    /// The warning for a block that opens like front matter but stays document text.
    private func frontMatterRejected(_ rejection: MarkdownFrontMatter.Rejection, opening: MarkdownLine) -> Diagnostic {
        switch rejection {
        case .unclosed:
            return .warning(
                language == .zh ? "元数据块没有以“---”行结束，按正文保留" : "the metadata block is never closed by a '---' line; kept as text",
                at: SourceLocation(file: fileName, line: opening.number, column: opening.column), length: 3)
        case let .malformedLine(line):
            return .warning(
                language == .zh ? "此行不是“键: 值”形式，而第 \(opening.number) 行开始的元数据块在此之前没有以“---”行结束；整块按正文保留"
                    : "this is not a 'key: value' line, and the metadata block from line \(opening.number) was not closed by a '---' line before it; the block is kept as text",
                at: SourceLocation(file: fileName, line: line.number, column: line.column), length: line.text.count)
        }
    }

    /// Splits at LF, CRLF or CR, drops a byte-order mark, and expands nothing: columns in
    /// warnings are the user's columns. Control characters that no output format can hold
    /// (everything XML 1.0 forbids) are removed here, so every writer shows the same text.
    static func lines(of source: String) -> [MarkdownLine] {
        var text = Substring(XMLEscaping.removingIllegalCharacters(source))
        if text.unicodeScalars.first == "\u{FEFF}" { text = text.dropFirst() }
        var lines: [MarkdownLine] = []
        // Line ends are ASCII, so the scan runs over UTF-8 bytes, by `LineIndex`'s rule.
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        var number = 1
        while index < bytes.endIndex {
            // Only CR and LF can start a line break; every other byte is passed over without asking the rule.
            let byte = bytes[index]
            let breakLength = byte == 0x0A || byte == 0x0D ? LineIndex.breakLength(in: bytes, at: index) : 0
            if breakLength > 0 {
                lines.append(Self.line(text[start..<index], number: number))
                number += 1
                let next = bytes.index(index, offsetBy: breakLength)
                start = next
                index = next
            } else {
                index = bytes.index(after: index)
            }
        }
        if start < bytes.endIndex { lines.append(Self.line(text[start...], number: number)) }
        return lines
    }

    /// Leading whitespace beyond this many characters is dropped. It cannot matter (it lies
    /// deeper than any list the parser nests), and every container level rescans it, so an
    /// absurdly indented file would otherwise cost time quadratic in its indentation.
    static let maximumIndentation = 256

    private static func line(_ text: Substring, number: Int) -> MarkdownLine {
        let leading = text.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count
        guard leading > maximumIndentation else { return MarkdownLine(text: text, number: number, column: 1) }
        let start = text.utf8.index(text.startIndex, offsetBy: leading - maximumIndentation)
        return MarkdownLine(text: text[start...], number: number, column: 1 + leading - maximumIndentation)
    }

    /// The title for the file's metadata: the title page's title, else the first top heading.
    static func title(of blocks: [Block]) -> String? {
        for block in blocks {
            if case let .titlePage(title, _, _, _) = block { return title.plainText }
        }
        for block in blocks {
            if case let .heading(1, content) = block { return content.plainText }
        }
        return nil
    }
}
