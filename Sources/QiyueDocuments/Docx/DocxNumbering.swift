/// The list definitions of `word/numbering.xml`: abstract definitions and the numbering
/// instances (`w:num`) that paragraphs refer to by `w:numId`.
struct DocxNumbering: Sendable {
    struct Instance: Sendable {
        var abstractId: String
        /// Per level: a `w:startOverride` value and/or a replacement `w:lvl`.
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: DocxNumberingLevel] = [:]
    }

    var abstracts: [String: [Int: DocxNumberingLevel]] = [:]
    /// `w:numStyleLink` of abstract definitions that borrow another definition through a numbering style.
    var styleLinks: [String: String] = [:]
    var instances: [String: Instance] = [:]

    init() {}

    init(_ root: XMLTreeElement) {
        for abstract in root.children("w:abstractNum") {
            guard let id = abstract.attribute("w:abstractNumId") else { continue }
            var levels: [Int: DocxNumberingLevel] = [:]
            for level in abstract.children("w:lvl") {
                guard let index = level.attribute("w:ilvl").flatMap({ Int($0) }) else { continue }
                levels[index] = DocxNumberingLevel(level)
            }
            abstracts[id] = levels
            if let link = abstract.child("w:numStyleLink")?.attribute("w:val") { styleLinks[id] = link }
        }
        for num in root.children("w:num") {
            guard let id = num.attribute("w:numId"), let abstractId = num.child("w:abstractNumId")?.attribute("w:val") else { continue }
            var instance = Instance(abstractId: abstractId)
            for override in num.children("w:lvlOverride") {
                guard let index = override.attribute("w:ilvl").flatMap({ Int($0) }) else { continue }
                if let start = override.child("w:startOverride")?.attribute("w:val").flatMap({ Int($0) }) {
                    instance.startOverrides[index] = DocxNumberingLevel.clamped(start)
                }
                if let level = override.child("w:lvl") { instance.levelOverrides[index] = DocxNumberingLevel(level) }
            }
            instances[id] = instance
        }
    }

    /// The abstract definition an instance uses, following a numbering-style link once.
    func abstractId(ofInstance numId: String, styles: DocxStyles) -> String? {
        guard let abstractId = instances[numId]?.abstractId else { return nil }
        if let styleId = styleLinks[abstractId], let linkedNum = styles.numbering(ofStyle: styleId)?.numId,
           linkedNum != numId, let linked = instances[linkedNum]?.abstractId {
            return linked
        }
        return abstractId
    }

    /// The effective definition of one level of an instance.
    func level(_ level: Int, ofInstance numId: String, styles: DocxStyles) -> DocxNumberingLevel? {
        if let override = instances[numId]?.levelOverrides[level] { return override }
        guard let abstractId = abstractId(ofInstance: numId, styles: styles) else { return nil }
        return abstracts[abstractId]?[level]
    }
}
