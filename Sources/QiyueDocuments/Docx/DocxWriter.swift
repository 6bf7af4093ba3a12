import Foundation

/// Writes a `Document` as a Word file (Office Open XML, `.docx`).
///
/// The package holds `[Content_Types].xml`, the package and document relationships,
/// `word/document.xml`, `styles.xml`, `numbering.xml`, `settings.xml`, `fontTable.xml`, a page
/// header and footer (page numbers as `PAGE`/`NUMPAGES` fields), the embedded images, and the
/// core and app properties. The output is deterministic: the same document and style always
/// give the same bytes, so generated agreements can be diffed and checked into archives.
public struct DocxWriter: Sendable {
    public var style: DocxStyle
    /// The largest `word/document.xml` written; writing stops, with an error, once it is crossed.
    public var maximumPartBytes = DocumentLimits.maximumPartBytes

    public init(style: DocxStyle = .standard) {
        self.style = style
    }

    public func write(_ document: Document) throws -> Data {
        let body = DocxBodyWriter(style: style)
        body.maximumBytes = maximumPartBytes
        body.write(document.blocks)
        guard !body.isFull else { throw ZipWriterError.beyondReadLimit("word/document.xml", limit: maximumPartBytes) }
        let hasTitlePage: Bool
        if case .titlePage? = document.blocks.first { hasTitlePage = true } else { hasTitlePage = false }

        var archive = ZipWriter()
        try archive.add("[Content_Types].xml", text: DocxPackageParts.contentTypes(
            hasPNG: body.media.contains { $0.name.hasSuffix(".png") },
            hasJPEG: body.media.contains { $0.name.hasSuffix(".jpeg") },
            hasFirstPageParts: hasTitlePage, hasEvenPageFooter: alternatesPageNumbers))
        try archive.add("_rels/.rels", text: DocxPackageParts.packageRelationships())
        try archive.add("docProps/core.xml", text: DocxPackageParts.coreProperties(document.metadata))
        try archive.add("docProps/app.xml", text: DocxPackageParts.appProperties())
        try archive.add("word/document.xml", text: documentXML(body: body.xml, hasTitlePage: hasTitlePage))
        try archive.add("word/_rels/document.xml.rels", text: DocxPackageParts.documentRelationships(body.relationships, hasFirstPageParts: hasTitlePage, hasEvenPageFooter: alternatesPageNumbers))
        try archive.add("word/styles.xml", text: DocxStylesPart(style: style).xml())
        try archive.add("word/numbering.xml", text: DocxNumberingPart(instances: body.numbering).xml())
        try archive.add("word/settings.xml", text: DocxPackageParts.settings(evenAndOddHeaders: alternatesPageNumbers))
        try archive.add("word/fontTable.xml", text: DocxPackageParts.fontTable(style: style))
        let headerText = style.titleInHeader ? (document.metadata.runningHeader ?? document.metadata.title) : nil
        try archive.add("word/header1.xml", text: DocxPackageParts.header(text: headerText, style: style))
        try archive.add("word/footer1.xml", text: DocxPackageParts.footer(style: style, withPageNumbers: true, language: document.metadata.language))
        if alternatesPageNumbers {
            try archive.add("word/footer3.xml", text: DocxPackageParts.footer(style: style, withPageNumbers: true, language: document.metadata.language, evenPage: true))
        }
        if hasTitlePage {
            try archive.add("word/header2.xml", text: DocxPackageParts.header(text: nil, style: style))
            try archive.add("word/footer2.xml", text: DocxPackageParts.footer(style: style, withPageNumbers: false, language: document.metadata.language))
        }
        for file in body.media { try archive.add(file.name, data: file.data) }
        return try archive.finish()
    }

    /// Official documents number odd pages on the right and even pages on the left.
    private var alternatesPageNumbers: Bool { style.pageNumbers == .emDashes }

    private func documentXML(body: String, hasTitlePage: Bool) -> String {
        var xml = DocxPackageParts.declaration + """
        <w:document xmlns:w="\(DocxPackageParts.wordNamespace)" xmlns:r="\(DocxPackageParts.relationshipNamespace)" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>
        """
        xml += body
        xml += "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId5\"/>"
        if hasTitlePage { xml += "<w:headerReference w:type=\"first\" r:id=\"rId7\"/>" }
        xml += "<w:footerReference w:type=\"default\" r:id=\"rId6\"/>"
        if alternatesPageNumbers { xml += "<w:footerReference w:type=\"even\" r:id=\"rId9\"/>" }
        if hasTitlePage { xml += "<w:footerReference w:type=\"first\" r:id=\"rId8\"/>" }
        xml += "<w:pgSz w:w=\"\(DocxStyle.pageWidth)\" w:h=\"\(DocxStyle.pageHeight)\"/>"
        xml += "<w:pgMar w:top=\"\(style.marginTop)\" w:right=\"\(style.marginRight)\" w:bottom=\"\(style.marginBottom)\" w:left=\"\(style.marginLeft)\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
        xml += "<w:cols w:space=\"425\"/>"
        if hasTitlePage { xml += "<w:titlePg/>" }
        xml += "</w:sectPr></w:body></w:document>"
        return xml
    }
}
