import QiyueCore

/// `word/styles.xml`: every paragraph, character and table style the body refers to.
///
/// Each style states its fonts for all three scripts (`w:ascii`, `w:hAnsi`, `w:eastAsia`):
/// a style that omits `w:eastAsia` makes Word fall back to a Japanese or Latin font for Chinese
/// text, the most common complaint about generated Chinese documents.
struct DocxStylesPart {
    var style: DocxStyle

    /// Style ids and the names Word (and python-docx) show for them.
    enum ID {
        static let clause = "Clause"
        static let clauseItem = "ClauseItem"
        static let tableText = "TableText"
        static let quote = "Quote"
        static let listParagraph = "ListParagraph"
        static let figure = "Figure"
        static let rule = "HorizontalRule"
        static let title = "Title"
        static let subtitle = "Subtitle"
        static let titlePageLine = "TitlePageLine"
        static let signature = "Signature"
        static let code = "CodeChar"
        static let hyperlink = "Hyperlink"
        static let tableGrid = "TableGrid"
        static let header = "Header"
        static let footer = "Footer"
        static func heading(_ level: Int) -> String { "Heading\(min(max(level, 1), 6))" }
    }

    /// Two characters of the body size, in twips: the first-line indent of Chinese body text.
    var twoCharacters: Int { style.bodySize * 20 }

    func xml() -> String {
        var xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:docDefaults><w:rPrDefault><w:rPr>\(fonts(style.bodyFont))<w:sz w:val="\(style.bodySize)"/><w:szCs w:val="\(style.bodySize)"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
        <w:pPrDefault><w:pPr>\(lineSpacing())</w:pPr></w:pPrDefault></w:docDefaults>
        """
        xml += paragraphStyle(id: "Normal", name: "Normal", basedOn: nil, isDefault: true,
                              pPr: "\(lineSpacing())<w:ind w:firstLineChars=\"200\" w:firstLine=\"\(twoCharacters)\"/><w:jc w:val=\"both\"/>",
                              rPr: fonts(style.bodyFont) + size(style.bodySize))
        for level in 1...6 {
            let isTitle = level == 1 && style.firstHeadingIsTitle
            let centred = level == 1 && (style.pageNumbers == .chineseOfPages || isTitle)
            let indent = style.pageNumbers == .emDashes && !isTitle ? "" : noIndent
            let bold = style.headingFont(level: level) == style.bodyFont || (isTitle && style.titleBold)
            // The title's exact line must be taller than the official body's, or 二号 type is clipped.
            let spacing = isTitle && style.lineExact ? " w:line=\"\(style.titleSize * 15)\" w:lineRule=\"exact\"" : ""
            xml += paragraphStyle(
                id: ID.heading(level), name: "heading \(level)", basedOn: "Normal",
                pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"\(level == 1 ? 240 : 120)\" w:after=\"\(isTitle ? 240 : 120)\"\(spacing)/>\(indent)\(centred ? "<w:jc w:val=\"center\"/>" : "<w:jc w:val=\"left\"/>")<w:outlineLvl w:val=\"\(level - 1)\"/>",
                rPr: fonts(style.headingFont(level: level)) + (bold ? "<w:b/><w:bCs/>" : "") + size(style.headingSize(level: level))
            )
        }
        let titleLine = style.lineExact ? " w:line=\"\(style.titleSize * 15)\" w:lineRule=\"exact\"" : ""
        xml += paragraphStyle(id: ID.title, name: "Title", basedOn: "Normal",
                              pPr: "<w:spacing w:before=\"240\" w:after=\"240\"\(titleLine)/>\(noIndent)<w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/>",
                              rPr: fonts(style.titleFont) + (style.titleBold ? "<w:b/><w:bCs/>" : "") + size(style.titleSize))
        xml += paragraphStyle(id: ID.subtitle, name: "Subtitle", basedOn: "Normal",
                              pPr: "<w:spacing w:after=\"240\"/>\(noIndent)<w:jc w:val=\"center\"/>",
                              rPr: fonts(style.headingFont(level: 2)) + size(style.headingSize(level: 2)))
        xml += paragraphStyle(id: ID.titlePageLine, name: "Title Page Line", basedOn: "Normal",
                              pPr: "\(noIndent)<w:jc w:val=\"center\"/>", rPr: fonts(style.bodyFont) + size(style.headingSize(level: 2)))
        xml += paragraphStyle(id: ID.clause, name: "Clause", basedOn: "Normal", pPr: "", rPr: fonts(style.bodyFont))
        xml += paragraphStyle(id: ID.clauseItem, name: "Clause Item", basedOn: "Normal", pPr: "", rPr: fonts(style.bodyFont))
        xml += paragraphStyle(id: ID.listParagraph, name: "List Paragraph", basedOn: "Normal", pPr: noIndent, rPr: fonts(style.bodyFont))
        xml += paragraphStyle(id: ID.quote, name: "Quote", basedOn: "Normal",
                              pPr: "<w:ind w:left=\"\(twoCharacters)\" w:right=\"\(twoCharacters)\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>",
                              rPr: fonts(style.headingFonts.count > 1 ? style.headingFont(level: 2) : "楷体") + "<w:color w:val=\"404040\"/>")
        xml += paragraphStyle(id: ID.tableText, name: "Table Text", basedOn: "Normal",
                              pPr: "<w:spacing w:line=\"240\" w:lineRule=\"auto\" w:before=\"40\" w:after=\"40\"/>\(noIndent)<w:jc w:val=\"left\"/>",
                              rPr: fonts(style.bodyFont) + size(style.tableTextSize))
        xml += paragraphStyle(id: ID.signature, name: "Signature", basedOn: "Normal",
                              pPr: "<w:spacing w:line=\"360\" w:lineRule=\"auto\" w:before=\"120\"/>\(noIndent)<w:jc w:val=\"left\"/>",
                              rPr: fonts(style.bodyFont))
        xml += paragraphStyle(id: ID.rule, name: "Horizontal Rule", basedOn: "Normal",
                              pPr: "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"808080\"/></w:pBdr>\(noIndent)",
                              rPr: fonts(style.bodyFont))
        // Pictures need automatic line height: an exact line (the official layout) would crop them.
        xml += paragraphStyle(id: ID.figure, name: "Figure", basedOn: "Normal",
                              pPr: "<w:spacing w:before=\"120\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>\(noIndent)<w:jc w:val=\"center\"/>",
                              rPr: fonts(style.bodyFont))
        xml += paragraphStyle(id: ID.header, name: "header", basedOn: "Normal",
                              pPr: "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/>\(noIndent)<w:jc w:val=\"center\"/>",
                              rPr: fonts(style.bodyFont) + size(DocxStyle.headerTextSize))
        xml += paragraphStyle(id: ID.footer, name: "footer", basedOn: "Normal",
                              pPr: "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/>\(noIndent)<w:jc w:val=\"center\"/>",
                              rPr: fonts(style.pageNumbers == .emDashes ? "宋体" : style.bodyFont) + size(style.pageNumbers == .emDashes ? 28 : 18))
        xml += """
        <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
        <w:style w:type="character" w:styleId="\(ID.hyperlink)"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
        <w:style w:type="character" w:styleId="\(ID.code)"><w:name w:val="Code"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:eastAsia="\(XMLEscaping.escape(style.bodyFont))" w:cs="Courier New"/></w:rPr></w:style>
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="\(DocxStyle.cellPadding / 2)" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="\(DocxStyle.cellPadding / 2)" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
        <w:style w:type="table" w:styleId="\(ID.tableGrid)"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>\(DocxStylesPart.borders(["top", "left", "bottom", "right", "insideH", "insideV"], value: "single"))</w:tblBorders></w:tblPr></w:style>
        <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>
        </w:styles>
        """
        return xml
    }

    /// Border elements of the given sides, e.g. `single` lines of ½ pt or `nil` for none.
    static func borders(_ sides: [String], value: String) -> String {
        sides.map { side in
            value == "nil" ? "<w:\(side) w:val=\"nil\"/>" : "<w:\(side) w:val=\"\(value)\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }.joined()
    }

    private var noIndent: String { "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>" }

    func lineSpacing() -> String {
        style.lineExact
            ? "<w:spacing w:line=\"\(style.line)\" w:lineRule=\"exact\"/>"
            : "<w:spacing w:line=\"\(style.line)\" w:lineRule=\"auto\"/>"
    }

    /// The `w:rFonts` element naming `font` for Latin, complex and East Asian text alike.
    static func fonts(_ font: String) -> String {
        let name = XMLEscaping.escape(font)
        return "<w:rFonts w:ascii=\"\(name)\" w:hAnsi=\"\(name)\" w:eastAsia=\"\(name)\" w:cs=\"\(name)\"/>"
    }

    private func fonts(_ font: String) -> String { style.runFonts(font) }

    private func size(_ halfPoints: Int) -> String { "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>" }

    private func paragraphStyle(id: String, name: String, basedOn: String?, isDefault: Bool = false, pPr: String, rPr: String) -> String {
        var xml = "<w:style w:type=\"paragraph\"\(isDefault ? " w:default=\"1\"" : "") w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        if let basedOn { xml += "<w:basedOn w:val=\"\(basedOn)\"/><w:next w:val=\"Normal\"/>" }
        xml += "<w:qFormat/>"
        if !pPr.isEmpty { xml += "<w:pPr>\(pPr)</w:pPr>" }
        if !rPr.isEmpty { xml += "<w:rPr>\(rPr)</w:rPr>" }
        return xml + "</w:style>\n"
    }
}
