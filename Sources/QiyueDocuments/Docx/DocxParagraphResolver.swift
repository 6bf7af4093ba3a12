/// Gives each paragraph of a part its list label and heading level, in reading order.
///
/// Numbering must be resolved in one ordered pass because counters carry from one
/// paragraph to the next; the paragraph's own `w:numPr` wins over its style's, and a
/// `w:numId` of 0 switches numbering off even when the style has some.
struct DocxParagraphResolver {
    var counter: DocxNumberingCounter
    let styles: DocxStyles

    init(numbering: DocxNumbering, styles: DocxStyles) {
        counter = DocxNumberingCounter(numbering: numbering, styles: styles)
        self.styles = styles
    }

    mutating func resolve(_ items: [DocxBodyItem]) -> [DocxBodyItem] {
        items.map { item in
            guard case var .paragraph(paragraph) = item else { return item }
            resolve(&paragraph)
            return .paragraph(paragraph)
        }
    }

    mutating func resolve(_ paragraph: inout DocxParagraph) {
        if let outline = paragraph.outlineLevel {
            paragraph.headingLevel = outline < 9 ? outline + 1 : nil
        } else {
            paragraph.headingLevel = styles.headingLevel(ofStyle: paragraph.styleId)
        }
        let styleNames = styles.chain(from: paragraph.styleId).map { $0.name.lowercased() }
        paragraph.isQuote = styleNames.contains { $0.contains("quote") || $0.contains("引用") }
        paragraph.isListContinuation = styleNames.first == "list paragraph"
        let styleNumbering = styles.numbering(ofStyle: paragraph.styleId)
        let numId = paragraph.numId ?? styleNumbering?.numId
        let level = paragraph.level ?? (paragraph.numId == nil ? styleNumbering?.level : nil) ?? 0
        guard let numId, numId != "0", let label = counter.next(numId: numId, level: level) else { return }
        paragraph.numberLabel = label.text
        paragraph.listLevel = label.level
        paragraph.isBullet = label.definition.isBullet
        paragraph.listValue = label.value
        paragraph.listFormat = label.definition.format
        paragraph.labelHasSeparator = label.definition.suffix != "nothing"
    }
}
