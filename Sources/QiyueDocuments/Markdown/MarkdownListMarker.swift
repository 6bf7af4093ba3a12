/// A list item marker (`-`, `+`, `*`, `1.`, `1)`) at the start of a line, and where the item's
/// content begins.
struct MarkdownListMarker: Sendable, Hashable {
    var ordered: Bool
    /// The bullet character or the ordered delimiter (`.` or `)`).
    var delimiter: Character
    var start: Int
    /// Characters from the (indentation-stripped) line start to the item's content.
    var contentOffset: Int
    /// Columns of indentation that later lines need to belong to the item.
    var contentIndent: Int
    /// The marker stands alone on its line.
    var isEmptyItem: Bool

    /// Recognises a marker at the start of `line`, which has had `indent` columns removed.
    init?(_ line: MarkdownLine, indent: Int) {
        let text = line.text
        guard let first = text.first else { return nil }
        var markerWidth: Int
        if first == "-" || first == "+" || first == "*" {
            ordered = false
            delimiter = first
            start = 1
            markerWidth = 1
        } else {
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count), let value = Int(digits) else { return nil }
            let after = text.dropFirst(digits.count).first
            guard after == "." || after == ")" else { return nil }
            ordered = true
            delimiter = after!
            start = value
            markerWidth = digits.count + 1
        }
        let rest = text.dropFirst(markerWidth)
        if rest.allSatisfy({ $0 == " " || $0 == "\t" }) {
            isEmptyItem = true
            contentOffset = text.count
            contentIndent = indent + markerWidth + 1
            return
        }
        let spaces = rest.prefix { $0 == " " }.count
        guard spaces >= 1 || rest.first == "\t" else { return nil }
        isEmptyItem = false
        // Five or more spaces after the marker: the content starts after one (CommonMark).
        let gap = rest.first == "\t" ? 1 : (spaces > 4 ? 1 : spaces)
        contentOffset = markerWidth + gap
        contentIndent = indent + markerWidth + (rest.first == "\t" ? 4 - (indent + markerWidth) % 4 : gap)
    }

    /// Whether this marker continues the list begun by `first` (same kind and delimiter).
    func continues(_ first: MarkdownListMarker) -> Bool {
        ordered == first.ordered && delimiter == first.delimiter
    }
}
