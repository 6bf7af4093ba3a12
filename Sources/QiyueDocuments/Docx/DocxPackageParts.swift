import QiyueCore

/// The small fixed parts of a DOCX package: content types, relationships, settings, the font
/// table, document properties, and the page header and footer.
///
/// They are plain functions of their inputs so that two runs over the same document produce
/// identical files (no clock, no random ids).
enum DocxPackageParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    static func contentTypes(hasPNG: Bool, hasJPEG: Bool, hasFirstPageParts: Bool, hasEvenPageFooter: Bool = false) -> String {
        var xml = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        if hasPNG { xml += "<Default Extension=\"png\" ContentType=\"image/png\"/>" }
        if hasJPEG { xml += "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>" }
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml."
        var overrides = [
            ("/word/document.xml", main + "document.main+xml"),
            ("/word/styles.xml", main + "styles+xml"),
            ("/word/numbering.xml", main + "numbering+xml"),
            ("/word/settings.xml", main + "settings+xml"),
            ("/word/fontTable.xml", main + "fontTable+xml"),
            ("/word/header1.xml", main + "header+xml"),
            ("/word/footer1.xml", main + "footer+xml"),
        ]
        if hasFirstPageParts {
            overrides += [("/word/header2.xml", main + "header+xml"), ("/word/footer2.xml", main + "footer+xml")]
        }
        if hasEvenPageFooter { overrides.append(("/word/footer3.xml", main + "footer+xml")) }
        overrides += [
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        for (part, type) in overrides { xml += "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>" }
        return xml + "</Types>"
    }

    static func packageRelationships() -> String {
        declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(officeRelationship)officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="\(officeRelationship)extended-properties" Target="docProps/app.xml"/>\
        </Relationships>
        """
    }

    /// The relationships of `document.xml`: the fixed parts first, then the body's own.
    static func documentRelationships(_ body: [DocxBodyWriter.Relationship], hasFirstPageParts: Bool, hasEvenPageFooter: Bool = false) -> String {
        var fixed: [(String, String, String)] = [
            ("rId1", "styles", "styles.xml"), ("rId2", "numbering", "numbering.xml"), ("rId3", "settings", "settings.xml"),
            ("rId4", "fontTable", "fontTable.xml"), ("rId5", "header", "header1.xml"), ("rId6", "footer", "footer1.xml"),
        ]
        if hasFirstPageParts { fixed += [("rId7", "header", "header2.xml"), ("rId8", "footer", "footer2.xml")] }
        if hasEvenPageFooter { fixed.append(("rId9", "footer", "footer3.xml")) }
        var xml = declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (id, type, target) in fixed {
            xml += "<Relationship Id=\"\(id)\" Type=\"\(officeRelationship)\(type)\" Target=\"\(target)\"/>"
        }
        for relationship in body {
            let mode = relationship.isExternal ? " TargetMode=\"External\"" : ""
            xml += "<Relationship Id=\"\(relationship.id)\" Type=\"\(relationship.type)\" Target=\"\(XMLEscaping.escape(relationship.target))\"\(mode)/>"
        }
        return xml + "</Relationships>"
    }

    /// Document settings. `w:doNotExpandShiftReturn` keeps a justified line that ends in a line
    /// break (`<br>` in Markdown) from being stretched across the page; Chinese punctuation is
    /// compressed as Word does for Chinese documents.
    /// `evenAndOddHeaders` gives even pages footers of their own, for page numbers that
    /// alternate sides.
    static func settings(evenAndOddHeaders: Bool = false) -> String {
        declaration + """
        <w:settings xmlns:w="\(wordNamespace)"><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>\(evenAndOddHeaders ? "<w:evenAndOddHeaders/>" : "")\
        <w:characterSpacingControl w:val="compressPunctuation"/>\
        <w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
        <w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>
        """
    }

    /// The font table, with the alternate names Word uses when a font is missing: the title face
    /// 方正小标宋简体 falls back to 宋体, and the GB2312 faces to their modern namesakes.
    static func fontTable(style: DocxStyle) -> String {
        let knownAlternates = ["宋体": "SimSun", "黑体": "SimHei", "楷体": "KaiTi", "仿宋": "FangSong"]
        var names = [style.bodyFont, style.titleFont] + style.headingFonts + ["楷体", "宋体", "Courier New"] + (style.latinFont.map { [$0] } ?? [])
        var seen = Set<String>()
        names = names.filter { seen.insert($0).inserted }
        var xml = declaration + "<w:fonts xmlns:w=\"\(wordNamespace)\">"
        for name in names {
            xml += "<w:font w:name=\"\(XMLEscaping.escape(name))\">"
            if let alternate = style.alternateName(of: name) ?? knownAlternates[name] {
                xml += "<w:altName w:val=\"\(XMLEscaping.escape(alternate))\"/>"
            }
            let isChinese = name.unicodeScalars.contains { $0.value >= 0x3400 }
            xml += isChinese ? "<w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/>"
                : name == style.latinFont ? "<w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/>"
                : "<w:charset w:val=\"00\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/>"
            xml += "</w:font>"
        }
        return xml + "</w:fonts>"
    }

    static func coreProperties(_ metadata: DocumentMetadata) -> String {
        var xml = declaration + """
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        """
        if let title = metadata.title { xml += "<dc:title>\(XMLEscaping.escape(title))</dc:title>" }
        if let subject = metadata.subject { xml += "<dc:subject>\(XMLEscaping.escape(subject))</dc:subject>" }
        if let author = metadata.author { xml += "<dc:creator>\(XMLEscaping.escape(author))</dc:creator>" }
        xml += "<dc:language>\(XMLEscaping.escape(metadata.language))</dc:language>"
        if let date = metadata.date, isISODate(date) {
            xml += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(date)T00:00:00Z</dcterms:created>"
            xml += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(date)T00:00:00Z</dcterms:modified>"
        }
        return xml + "</cp:coreProperties>"
    }

    static func appProperties() -> String {
        declaration + """
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
        xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Qiyue</Application></Properties>
        """
    }

    /// The page header: the document title in small type, or nothing.
    /// A header is one line: a text wider than the text column is cut with `…` rather than
    /// wrapped onto a second line that pushes the body down.
    static func header(text: String?, style: DocxStyle) -> String {
        let runs = text.map { fittingHeader($0, width: style.textWidth) }.map { "<w:r><w:rPr>\(style.runFonts(style.bodyFont))</w:rPr>\(DocxBodyWriter.textElements($0))</w:r>" } ?? ""
        return declaration + "<w:hdr xmlns:w=\"\(wordNamespace)\" xmlns:r=\"\(relationshipNamespace)\"><w:p><w:pPr><w:pStyle w:val=\"\(DocxStylesPart.ID.header)\"/></w:pPr>\(runs)</w:p></w:hdr>"
    }

    /// `text` cut to the display columns the header's line holds in `width` twips (a column is
    /// half a character of the header's type: 90 twips at 9 points).
    static func fittingHeader(_ text: String, width: Int) -> String {
        let columns = width / (DocxStyle.characterWidth(DocxStyle.headerTextSize) / 2)
        guard DisplayWidth.of(text) > columns else { return text }
        var result = ""
        var used = 0
        for character in text {
            let wide = DisplayWidth.of(character)
            if used + wide > columns - 2 { break }
            result.append(character)
            used += wide
        }
        return result.trimmingCharacters(in: .whitespaces) + "…"
    }

    /// The page footer with `PAGE` and `NUMPAGES` fields, so Word and LibreOffice fill in the
    /// numbers when they lay the pages out. A document in English (the English brochure) reads
    /// `Page X of Y` rather than `第 X 页 共 Y 页`.
    /// In the official layout the number sits on the outer side, as GB/T 9704 §7.5 has it:
    /// right on odd pages and left on even ones (`evenPage`), one character in from the margin.
    static func footer(style: DocxStyle, withPageNumbers: Bool, language: String = "zh-CN", evenPage: Bool = false) -> String {
        var runs = ""
        if withPageNumbers {
            let font = style.pageNumbers == .emDashes ? "宋体" : style.bodyFont
            func text(_ value: String) -> String { "<w:r><w:rPr>\(style.runFonts(font))</w:rPr><w:t xml:space=\"preserve\">\(value)</w:t></w:r>" }
            func field(_ instruction: String) -> String {
                "<w:r><w:rPr>\(style.runFonts(font))</w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                    + "<w:r><w:rPr>\(style.runFonts(font))</w:rPr><w:instrText xml:space=\"preserve\"> \(instruction) </w:instrText></w:r>"
                    + "<w:r><w:rPr>\(style.runFonts(font))</w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                    + text("1")
                    + "<w:r><w:rPr>\(style.runFonts(font))</w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r>"
            }
            switch style.pageNumbers {
            case .chineseOfPages where DocumentMetadata.isEnglish(language):
                runs = text("Page ") + field("PAGE") + text(" of ") + field("NUMPAGES")
            case .chineseOfPages: runs = text("第 ") + field("PAGE") + text(" 页 共 ") + field("NUMPAGES") + text(" 页")
            case .emDashes: runs = text("— ") + field("PAGE") + text(" —")
            }
        }
        var placement = ""
        if style.pageNumbers == .emDashes {
            let indent = DocxStyle.characterWidth(28)
            placement = evenPage ? "<w:ind w:left=\"\(indent)\"/><w:jc w:val=\"left\"/>" : "<w:ind w:right=\"\(indent)\"/><w:jc w:val=\"right\"/>"
        }
        return declaration + "<w:ftr xmlns:w=\"\(wordNamespace)\" xmlns:r=\"\(relationshipNamespace)\"><w:p><w:pPr><w:pStyle w:val=\"\(DocxStylesPart.ID.footer)\"/>\(placement)</w:pPr>\(runs)</w:p></w:ftr>"
    }

    private static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
