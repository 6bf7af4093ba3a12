/// The paragraph styles of `word/styles.xml`, as far as reading needs them: which styles
/// are headings and which carry list numbering.
///
/// Word numbers "Heading 1 … 9" and many agreement templates number articles through a
/// style (`第%1条` attached to a custom "条款" style), so both facts are looked up along
/// the style's `w:basedOn` chain.
struct DocxStyles: Sendable {
    struct Style: Sendable {
        var name: String = ""
        var basedOn: String?
        var numId: String?
        var level: Int?
        var outlineLevel: Int?
        /// The style draws a bottom border (an empty paragraph in it is a horizontal rule).
        var hasBottomBorder = false
    }

    var styles: [String: Style] = [:]
    /// The style paragraphs without a `w:pStyle` use.
    var defaultParagraphStyle: String?

    init() {}

    init(_ root: XMLTreeElement) {
        for element in root.children("w:style") where element.attribute("w:type") == "paragraph" {
            guard let id = element.attribute("w:styleId") else { continue }
            var style = Style()
            style.name = element.child("w:name")?.attribute("w:val") ?? id
            style.basedOn = element.child("w:basedOn")?.attribute("w:val")
            if let properties = element.child("w:pPr") {
                if let numPr = properties.child("w:numPr") {
                    style.numId = numPr.child("w:numId")?.attribute("w:val")
                    style.level = numPr.child("w:ilvl")?.attribute("w:val").flatMap { Int($0) }
                }
                style.outlineLevel = properties.child("w:outlineLvl")?.attribute("w:val").flatMap { Int($0) }
                if let bottom = properties.child("w:pBdr")?.child("w:bottom")?.attribute("w:val") {
                    style.hasBottomBorder = bottom != "none" && bottom != "nil"
                }
            }
            styles[id] = style
            if DocxOnOff.isOn(element.attribute("w:default")), element.attribute("w:default") != nil {
                defaultParagraphStyle = id
            }
        }
    }

    /// The styles from `id` up its `w:basedOn` chain, stopping at a cycle or after 20 steps.
    func chain(from id: String?) -> [Style] {
        var result: [Style] = []
        var seen: Set<String> = []
        var current = id ?? defaultParagraphStyle
        while let key = current, result.count < 20, seen.insert(key).inserted, let style = styles[key] {
            result.append(style)
            current = style.basedOn
        }
        return result
    }

    /// The numbering a style gives its paragraphs, if any (`numId` "0" switches numbering off).
    func numbering(ofStyle id: String?) -> (numId: String, level: Int)? {
        for style in chain(from: id) {
            if let numId = style.numId {
                return numId == "0" ? nil : (numId, style.level ?? 0)
            }
        }
        return nil
    }

    /// Whether the style, or one it is based on, draws a bottom border.
    func hasBottomBorder(_ id: String?) -> Bool {
        chain(from: id).contains { $0.hasBottomBorder }
    }

    /// The heading level (1-based) of a style: from its outline level or a name like `heading 2` / `标题 2`.
    func headingLevel(ofStyle id: String?) -> Int? {
        for style in chain(from: id) {
            if let outline = style.outlineLevel { return outline < 9 ? outline + 1 : nil }
            let name = style.name.lowercased()
            if name == "title" || name == "标题" { return 1 }
            for prefix in ["heading ", "标题 ", "heading", "标题"] where name.hasPrefix(prefix) {
                if let level = Int(name.dropFirst(prefix.count)), (1 ... 9).contains(level) { return level }
            }
        }
        return nil
    }
}
