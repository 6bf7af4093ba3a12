/// `word/numbering.xml`: one bullet and one decimal list definition, and one numbering
/// instance per list in the document.
///
/// Every list gets its own instance (`w:num`) with a start override, because lists that share
/// an instance continue each other's numbering — the classic "item 4 after a loop" bug of
/// template-generated Word files.
struct DocxNumberingPart {
    /// One list in the body: whether it is numbered, its nesting depth and its first number.
    struct Instance: Hashable {
        var ordered: Bool
        var level: Int
        var start: Int
    }

    static let bulletDefinition = 1
    static let decimalDefinition = 2

    var instances: [Instance]

    /// The numbering id of the `index`-th instance (ids start at 1).
    static func numberingID(ofInstanceAt index: Int) -> Int { index + 1 }

    func xml() -> String {
        var xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        """
        xml += definition(id: Self.bulletDefinition, ordered: false)
        xml += definition(id: Self.decimalDefinition, ordered: true)
        for (index, instance) in instances.enumerated() {
            let definition = instance.ordered ? Self.decimalDefinition : Self.bulletDefinition
            xml += "<w:num w:numId=\"\(Self.numberingID(ofInstanceAt: index))\"><w:abstractNumId w:val=\"\(definition)\"/>"
            xml += "<w:lvlOverride w:ilvl=\"\(instance.level)\"><w:startOverride w:val=\"\(instance.start)\"/></w:lvlOverride></w:num>"
        }
        return xml + "</w:numbering>"
    }

    private func definition(id: Int, ordered: Bool) -> String {
        var xml = "<w:abstractNum w:abstractNumId=\"\(id)\"><w:multiLevelType w:val=\"multilevel\"/>"
        for level in 0..<9 {
            let text = ordered ? "%\(level + 1)." : (level % 2 == 0 ? "•" : "◦")
            xml += "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(ordered ? "decimal" : "bullet")\"/>"
            xml += "<w:lvlText w:val=\"\(text)\"/><w:lvlJc w:val=\"left\"/>"
            xml += "<w:pPr><w:ind w:left=\"\((level + 1) * 480)\" w:hanging=\"480\"/></w:pPr></w:lvl>"
        }
        return xml + "</w:abstractNum>"
    }
}
