/// Gives each paragraph of a part its list label and heading level, in reading order.
///
/// Numbering must be resolved in one ordered pass because counters carry from one
/// paragraph to the next; the paragraph's own `w:numPr` wins over its style's, and a
/// `w:numId` of 0 switches numbering off even when the style has some.
struct DocxParagraphResolver {
    /// What a paragraph style implies, looked up once per style rather than once per paragraph.
    private struct StyleFacts {
        var headingLevel: Int?
        var isQuote: Bool
        var isListContinuation: Bool
        var hasBottomBorder: Bool
        var titleRole: DocxTitleRole?
        var isSignature: Bool
        var numbering: (numId: String, level: Int)?
    }

    var counter: DocxNumberingCounter
    let styles: DocxStyles
    private var facts: [String: StyleFacts] = [:]

    init(numbering: DocxNumbering, styles: DocxStyles) {
        counter = DocxNumberingCounter(numbering: numbering, styles: styles)
        self.styles = styles
    }

    mutating func resolve(_ item: DocxBodyItem) -> DocxBodyItem {
        if case let .paragraph(paragraph) = item { resolve(paragraph) }
        return item
    }

    private mutating func facts(of styleId: String?) -> StyleFacts {
        let key = styleId ?? ""
        if let known = facts[key] { return known }
        let names = styles.chain(from: styleId).map { $0.name.lowercased() }
        let found = StyleFacts(
            headingLevel: styles.headingLevel(ofStyle: styleId),
            isQuote: names.contains { $0.contains("quote") || $0.contains("引用") },
            isListContinuation: names.first == "list paragraph",
            hasBottomBorder: styles.hasBottomBorder(styleId),
            titleRole: names.first.flatMap(DocxTitleRole.init(styleName:)),
            isSignature: names.first == "signature",
            numbering: styles.numbering(ofStyle: styleId)
        )
        facts[key] = found
        return found
    }

    mutating func resolve(_ paragraph: DocxParagraph) {
        let style = facts(of: paragraph.styleId)
        if let outline = paragraph.outlineLevel {
            paragraph.headingLevel = outline < 9 ? outline + 1 : nil
        } else {
            paragraph.headingLevel = style.headingLevel
        }
        paragraph.isQuote = style.isQuote
        paragraph.isListContinuation = style.isListContinuation
        paragraph.hasBottomBorder = paragraph.hasBottomBorder || style.hasBottomBorder
        paragraph.titleRole = style.titleRole
        paragraph.isSignature = style.isSignature
        let styleNumbering = style.numbering
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
