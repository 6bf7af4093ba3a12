/// One level (`w:lvl`) of a list definition: how its counter starts and is shown.
struct DocxNumberingLevel: Sendable, Hashable {
    var start: Int = 1
    /// The `w:numFmt` value, e.g. `decimal`, `chineseCounting`, `bullet`.
    var format: String = "decimal"
    /// The `w:lvlText` pattern, e.g. `第%1条`, `（%1）`, `%1.%2`.
    var text: String = "%1."
    /// What follows the label: `tab` (Word's default), `space` or `nothing`.
    var suffix: String = "tab"
    /// `w:isLgl`: show every level's number in decimal (legal numbering).
    var isLegal: Bool = false

    init() {}

    init(_ element: XMLTreeElement) {
        if let value = element.child("w:start")?.attribute("w:val").flatMap({ Int($0) }) { start = Self.clamped(value) }
        if let value = element.child("w:numFmt")?.attribute("w:val") { format = value }
        if let value = element.child("w:lvlText")?.attribute("w:val") { text = value }
        if let value = element.child("w:suff")?.attribute("w:val") { suffix = value }
        if let legal = element.child("w:isLgl") { isLegal = DocxOnOff.isOn(legal) }
    }

    var isBullet: Bool { format == "bullet" }

    /// Start values are kept within Word's own range (0…32767), so a hostile file cannot
    /// make a counter overflow or a letter label thousands of characters long.
    static func clamped(_ value: Int) -> Int {
        min(max(value, 0), 32_767)
    }
}
