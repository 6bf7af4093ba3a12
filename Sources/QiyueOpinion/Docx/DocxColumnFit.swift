import QiyueCore
import QiyueDocuments

/// Widens the columns of an opinion table that hold rule ids until their longest word fits,
/// so that Word and LibreOffice never break `land.zero-price` inside a word (`land.zer` /
/// `o-price`).
///
/// Neither program breaks a line after a full stop inside a word, and no mark makes it do
/// so without putting a character into the id that a reader copying it (or python-docx)
/// would then read; both do break after a hyphen, at a space and between Chinese characters.
/// So the pieces a line may not break inside are what lies between those places
/// (`land.zero-`, `price`), and a column is made as wide as its widest piece, measured at the
/// table's type size with Latin letters half a Chinese character wide, plus the cell's padding
/// and a margin for the proportional Latin letters of the CJK faces. What a widened column
/// needs is taken from the other columns in proportion to their widths, except the narrow
/// number column, which keeps its width so that `序号` stays on one line.
struct DocxColumnFit {
    let style: DocxStyle

    /// The part of the text width a fitted column may take at most: a longer id still breaks, but the table stays readable.
    static let largestShare = 0.45

    /// `widths` with each column in `columns` wide enough for the widest piece of its cells,
    /// as far as the other columns can give: each of them gives up only what it has beyond its
    /// own widest piece, beyond half its planned width and beyond `keptCharacters`, and the
    /// number column (the first) gives nothing up.
    func widths(_ widths: [Double], rows: [[TableCell]], columns: Set<Int>) -> [Double] {
        let sum = widths.reduce(0, +)
        guard sum > 0 else { return widths }
        let share = { (twips: Int) in Double(twips) / Double(self.style.textWidth) * sum }
        let needs = widths.indices.map { column in
            let texts = rows.compactMap { $0.count > column ? $0[column].content.plainText : nil }
            return min(share(neededWidth(texts)), Self.largestShare * sum)
        }
        // Chinese text breaks between any two characters, so its widest piece is one character;
        // a narrow column of it would still shrink to a character a line (第 / 3 / 行).
        let kept = share(DocxStyle.characterWidth(style.tableTextSize) * Self.keptCharacters + DocxStyle.cellPadding)
        let wanted = widths.indices.map { columns.contains($0) ? max(0, needs[$0] - widths[$0]) : 0 }
        let spare = widths.indices.map { columns.contains($0) || $0 == 0 ? 0 : max(0, widths[$0] - max(needs[$0], widths[$0] / 2, kept)) }
        let deficit = wanted.reduce(0, +), surplus = spare.reduce(0, +)
        guard deficit > 0, surplus > 0 else { return widths }
        let moved = min(deficit, surplus)
        return widths.indices.map { widths[$0] + wanted[$0] / deficit * moved - spare[$0] / surplus * moved }
    }

    /// The Chinese characters a line of a column that gives up width keeps at least: enough
    /// for `第12行` and a four-character label such as `豁免理由`.
    static let keptCharacters = 4

    /// How much wider than half a Chinese character the Latin letters of the CJK faces run
    /// on average (Noto Sans CJK's lower case, measured on the rendered opinion: about 1.14).
    static let latinAllowance = 1.2

    /// The width in twips a column needs so that none of the texts breaks inside a piece.
    func neededWidth(_ texts: [String]) -> Int {
        let halfWidth = DocxStyle.characterWidth(style.tableTextSize) / 2
        let widest = texts.map(Self.widestPiece).max() ?? 0
        return Int((Double(widest * halfWidth) * Self.latinAllowance).rounded(.up)) + DocxStyle.cellPadding
    }

    /// The display width (Chinese characters two, Latin letters one) of the widest stretch of
    /// the text a line may not break inside.
    static func widestPiece(_ text: String) -> Int {
        var widest = 0
        var current = 0
        for character in text {
            let width = DisplayWidth.of(character)
            if character == " " || character == "\n" || width == 2 {
                widest = max(widest, current, width == 2 ? 2 : 0)
                current = 0
            } else {
                current += width
                if character == "-" {
                    widest = max(widest, current)
                    current = 0
                }
            }
        }
        return max(widest, current)
    }
}
