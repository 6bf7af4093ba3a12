/// The properties the reader takes from `w:pPr` and `w:rPr`: style, list numbering,
/// outline level and bottom border of a paragraph; bold, italic, underline, superscript and
/// hidden for a run. Everything else in them is layout, which review text does not need.
extension DocxPartReader {
    mutating func paragraphProperty(_ tag: XMLStartTag) {
        guard !paragraphs.isEmpty else { return }
        let value = tag.attribute("w:val")
        switch tag.name {
        case "w:pStyle": paragraphs[paragraphs.count - 1].styleId = value
        case "w:ilvl": paragraphs[paragraphs.count - 1].level = value.flatMap { Int($0) }
        case "w:numId": paragraphs[paragraphs.count - 1].numId = value
        case "w:outlineLvl": paragraphs[paragraphs.count - 1].outlineLevel = value.flatMap { Int($0) }
        case "w:bottom": paragraphs[paragraphs.count - 1].hasBottomBorder = value != "none" && value != "nil"
        case "w:rPr", "w:tabs": ignoredDepth = 1
        default: break
        }
    }

    mutating func runProperty(_ tag: XMLStartTag) {
        switch tag.name {
        case "w:b": runFormat.bold = DocxOnOff.isOn(tag)
        case "w:i": runFormat.italic = DocxOnOff.isOn(tag)
        case "w:u": runFormat.underline = (tag.attribute("w:val") ?? "single") != "none"
        case "w:vertAlign": runFormat.superscript = tag.attribute("w:val") == "superscript"
        case "w:vanish", "w:specVanish": runFormat.hidden = DocxOnOff.isOn(tag)
        default: break
        }
    }
}
