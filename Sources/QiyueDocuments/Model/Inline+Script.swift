extension Array where Element == Inline {
    /// Whether the text is a line of Latin-script prose: it has a word of Latin letters and not
    /// one Chinese, Japanese or full-width character. Writers set such a line in a Latin face,
    /// ragged-right, and mark it as English, which a bilingual brochure needs line by line.
    public var isLatinScript: Bool { plainText.isLatinScript }

    /// The lines that are not empty, one after the other with a line break between them: the
    /// inverse of `lines`, for readers that find a title's lines in paragraphs of their own.
    public init(joiningLines lines: [[Inline]]) {
        self = []
        for line in lines where !line.isEmpty {
            if !isEmpty { append(.lineBreak) }
            self += line
        }
    }

    /// The inlines split at their line breaks, one array per line; a break inside formatting
    /// (`**交通区位<br>Transport**`) splits the formatting too, so each line keeps it.
    public var lines: [[Inline]] {
        var rows: [[Inline]] = [[]]
        func append(_ inner: [Inline], _ wrap: ([Inline]) -> Inline) {
            for (index, line) in inner.lines.enumerated() {
                if index > 0 { rows.append([]) }
                if !line.isEmpty { rows[rows.count - 1].append(wrap(line)) }
            }
        }
        for inline in self {
            switch inline {
            case .lineBreak: rows.append([])
            case let .bold(content): append(content, Inline.bold)
            case let .italic(content): append(content, Inline.italic)
            case let .underline(content): append(content, Inline.underline)
            case let .superscript(content): append(content, Inline.superscript)
            case let .link(url, content): append(content) { .link(url: url, content: $0) }
            case .text, .code: rows[rows.count - 1].append(inline)
            }
        }
        return rows
    }
}

extension String {
    /// See `[Inline].isLatinScript`.
    public var isLatinScript: Bool {
        var letters = 0
        var longestWord = 0
        for scalar in unicodeScalars {
            let value = scalar.value
            if (0x2E80...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value)
                || (0xFF00...0xFFEF).contains(value) || value >= 0x20000 { return false }
            if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || (0xC0...0x24F).contains(value) {
                letters += 1
                longestWord = Swift.max(longestWord, letters)
            } else {
                letters = 0
            }
        }
        return longestWord >= 2
    }
}
