/// The metadata block at the very top of a Markdown file, in the shape of YAML front matter:
///
///     ---
///     title: 普洱咖啡项目投资协议
///     作者：普洱市思茅区人民政府
///     ---
///
/// It is not YAML: only flat `key: value` lines (and blank lines) between the two `---` lines.
/// A block is taken as front matter only when it is certain to be one — the line after the
/// opening `---` is an entry, every line up to a closing `---` is an entry, and the closing
/// `---` exists. Anything less stays document text (a `---` first line is a thematic break in
/// Markdown), so a slip in the block can show metadata in the body but can never hide a
/// clause from the document or from the review. Both `MarkdownReader` and
/// `MarkdownReviewText` decide with this one type, so they always agree on what is body.
struct MarkdownFrontMatter: Sendable, Hashable {
    /// One `key: value` line.
    struct Entry: Sendable, Hashable {
        var key: Substring
        var value: Substring
        /// The source line number.
        var line: Int
        /// 1-based columns (in characters) of the key and of the value's first character.
        var keyColumn: Int
        var valueColumn: Int
    }

    /// Why a block that opens like front matter is kept as document text.
    enum Rejection: Sendable, Hashable {
        /// No closing `---` line follows.
        case unclosed
        /// This line, inside the block, is not a `key: value` line.
        case malformedLine(MarkdownLine)
    }

    /// What the top of a file holds.
    enum Recognition: Sendable, Hashable {
        /// No front matter was intended: the file does not start with `---` and an entry.
        case none
        case frontMatter(MarkdownFrontMatter)
        /// It starts like front matter but is not one; the lines stay document text.
        case rejected(Rejection, opening: MarkdownLine)
    }

    var entries: [Entry]
    /// The number of source lines the block spans, both `---` lines included.
    var lineCount: Int

    static func recognize(_ lines: [MarkdownLine]) -> Recognition {
        guard let opening = lines.first, isFence(opening) else { return .none }
        // Blank lines may separate entries; the first non-blank line decides whether this is an attempt.
        guard let firstContent = lines.dropFirst().first(where: { !$0.isBlank }), entry(in: firstContent) != nil else { return .none }
        var entries: [Entry] = []
        for (offset, line) in lines.enumerated().dropFirst() {
            if isFence(line) { return .frontMatter(MarkdownFrontMatter(entries: entries, lineCount: offset + 1)) }
            if line.isBlank { continue }
            guard let entry = entry(in: line) else { return .rejected(.malformedLine(line), opening: opening) }
            entries.append(entry)
        }
        return .rejected(.unclosed, opening: opening)
    }

    /// `---` at the start of the line, with nothing after it but spaces or tabs.
    static func isFence(_ line: MarkdownLine) -> Bool {
        line.column == 1 && line.text.hasPrefix("---") && line.trimmed == "---"
    }

    /// The entry on `line`: a key at the line's start, a colon (`:` followed by a space or
    /// the line's end, or a full-width `：`), then the value.
    ///
    /// A key is one of the known field names (English or Chinese) or an ASCII name such as
    /// `tags`, which other tools put into front matter and which is reported as unknown. A
    /// Chinese clause such as `第一条：…` is therefore never mistaken for an entry.
    static func entry(in line: MarkdownLine) -> Entry? {
        guard line.column == 1 else { return nil }
        let text = line.text
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let key = text[..<colon]
        guard MetadataField(key: key) != nil || isASCIIName(key) else { return nil }
        let afterColon = text.index(after: colon)
        if text[colon] == ":", afterColon < text.endIndex, text[afterColon] != " ", text[afterColon] != "\t" { return nil }
        let rest = MarkdownLine(text: text[afterColon...], number: line.number, column: line.column + key.count + 1)
        let leading = rest.text.prefix { $0 == " " || $0 == "\t" }.count
        return Entry(key: key, value: rest.trimmed, line: line.number, keyColumn: line.column, valueColumn: rest.column + leading)
    }

    private static func isASCIIName(_ key: Substring) -> Bool {
        guard let first = key.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }
    }
}
