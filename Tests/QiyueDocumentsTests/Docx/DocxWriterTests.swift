import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import QiyueDocuments

/// The package structure and the XML of the parts, read back through Python's `zipfile`.
final class DocxWriterTests: XCTestCase {
    private func parts(_ document: Document, style: DocxStyle = .standard) throws -> ZipInspection {
        try ZipInspection(try DocxWriter(style: style).write(document))
    }

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    func testPackageHasEveryRequiredPart() throws {
        let zip = try parts(Document(blocks: [.paragraph([.text("正文")])]))
        XCTAssertNil(zip.firstBadEntry)
        XCTAssertEqual(zip.entries.map(\.name), [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
            "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
            "word/fontTable.xml", "word/header1.xml", "word/footer1.xml",
        ])
    }

    func testEveryPartIsWellFormedXMLEvenForHostileText() throws {
        let zip = try parts(try Fixtures.document("hostile"))
        for entry in zip.entries where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
            let parser = XMLParser(data: entry.contents)
            XCTAssertTrue(parser.parse(), "\(entry.name): \(String(describing: parser.parserError))")
        }
        let body = try XCTUnwrap(zip["word/document.xml"]).text
        XCTAssertTrue(body.contains("甲方 &amp; 乙方 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        XCTAssertFalse(body.contains("\u{01}") || body.contains("\u{0B}") || body.contains("\u{08}"))
        XCTAssertFalse(body.contains("javascript"), "unsafe link targets must not become hyperlinks")
    }

    func testEveryStyleAndEveryTextRunNamesAnEastAsianFont() throws {
        let zip = try parts(try Fixtures.document("agreement"))
        let styles = try XCTUnwrap(zip["word/styles.xml"]).text
        let paragraphStyles = styles.components(separatedBy: "<w:style w:type=\"paragraph\"").dropFirst()
        XCTAssertGreaterThan(paragraphStyles.count, 10)
        for style in paragraphStyles {
            let definition = style.components(separatedBy: "</w:style>")[0]
            XCTAssertTrue(definition.contains("w:eastAsia=\""), String(definition.prefix(80)))
        }
        let body = try XCTUnwrap(zip["word/document.xml"]).text
        let textRuns = body.components(separatedBy: "<w:r>").dropFirst()
            .map { $0.components(separatedBy: "</w:r>")[0] }
            .filter { $0.contains("<w:t") }
        XCTAssertGreaterThan(textRuns.count, 30)
        for run in textRuns {
            XCTAssertTrue(run.contains("w:eastAsia=\""), String(run.prefix(120)))
        }
    }

    func testStandardLayoutIsA4SongTiSmallFourWithIndentAndOneAndHalfLines() throws {
        let zip = try parts(Document(blocks: [.paragraph([.text("正文")])]))
        let styles = try XCTUnwrap(zip["word/styles.xml"]).text
        XCTAssertTrue(styles.contains("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:line=\"360\" w:lineRule=\"auto\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"480\"/><w:jc w:val=\"both\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\" w:eastAsia=\"宋体\" w:cs=\"宋体\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>"))
        XCTAssertTrue(styles.contains("w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"))
        XCTAssertTrue(styles.contains("<w:rFonts w:ascii=\"黑体\" w:hAnsi=\"黑体\" w:eastAsia=\"黑体\" w:cs=\"黑体\"/>"))
        let body = try XCTUnwrap(zip["word/document.xml"]).text
        XCTAssertTrue(body.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
    }

    func testOfficialLayoutFollowsGBT9704() throws {
        let zip = try parts(Document(blocks: [.paragraph([.text("正文")])]), style: .officialDocument)
        let body = try XCTUnwrap(zip["word/document.xml"]).text
        XCTAssertTrue(body.contains("<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""), body)
        let styles = try XCTUnwrap(zip["word/styles.xml"]).text
        XCTAssertTrue(styles.contains("<w:rFonts w:ascii=\"仿宋_GB2312\" w:hAnsi=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\" w:cs=\"仿宋_GB2312\"/><w:sz w:val=\"32\"/>"))
        XCTAssertTrue(styles.contains("<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>"))
        XCTAssertTrue(styles.contains("<w:spacing w:line=\"579\" w:lineRule=\"exact\"/>"))
        let footer = try XCTUnwrap(zip["word/footer1.xml"]).text
        XCTAssertTrue(footer.contains("— </w:t>") && footer.contains(" PAGE ") && !footer.contains("NUMPAGES"))
        XCTAssertEqual(try XCTUnwrap(zip["word/header1.xml"]).text.contains("<w:t"), false)
    }

    /// A short table is kept on one page: every row's text is kept with the next row, the last
    /// row's is not; a long table may break between rows as before.
    func testShortTablesAreKeptOnOnePage() throws {
        func table(rows: Int) -> Block {
            .table(Table(rows: (0..<rows).map { [TableCell([.text("第\($0)行")]), TableCell([.text("值")])] }, headerRowCount: 1))
        }
        let short = try XCTUnwrap(try parts(Document(blocks: [table(rows: 6)]))["word/document.xml"]).text
        let rows = short.components(separatedBy: "<w:tr>").dropFirst().map { $0.components(separatedBy: "</w:tr>")[0] }
        XCTAssertEqual(rows.count, 6)
        for row in rows.dropLast() { XCTAssertEqual(count("<w:keepNext/>", in: row), 2, row) }
        XCTAssertEqual(count("<w:keepNext/>", in: rows.last ?? ""), 0)
        let long = try XCTUnwrap(try parts(Document(blocks: [table(rows: DocxBodyWriter.rowsKeptTogether + 1)]))["word/document.xml"]).text
        XCTAssertFalse(long.contains("<w:keepNext/>"))
    }

    func testFontTableGivesTheTitleFaceAFallback() throws {
        let zip = try parts(Document())
        let fonts = try XCTUnwrap(zip["word/fontTable.xml"]).text
        XCTAssertTrue(fonts.contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>"))
        XCTAssertTrue(fonts.contains("<w:font w:name=\"宋体\"><w:altName w:val=\"SimSun\"/>"))
    }

    func testFooterHasPageAndNumPagesFieldsInChinese() throws {
        let footer = try XCTUnwrap(try parts(Document())["word/footer1.xml"]).text
        let visible = footer.components(separatedBy: "<w:t xml:space=\"preserve\">").dropFirst().map { $0.components(separatedBy: "</w:t>")[0] }
        XCTAssertEqual(visible, ["第 ", "1", " 页 共 ", "1", " 页"])
        XCTAssertEqual(count("w:fldCharType=\"begin\"", in: footer), 2)
        XCTAssertTrue(footer.contains("> PAGE <") && footer.contains("> NUMPAGES <"))
    }

    func testEnglishDocumentsNumberTheirPagesInEnglish() throws {
        for language in ["en", "en-GB"] {
            let footer = try XCTUnwrap(try parts(Document(metadata: DocumentMetadata(language: language)))["word/footer1.xml"]).text
            let visible = footer.components(separatedBy: "<w:t xml:space=\"preserve\">").dropFirst().map { $0.components(separatedBy: "</w:t>")[0] }
            XCTAssertEqual(visible, ["Page ", "1", " of ", "1"], language)
        }
        // "eng" is not an English tag prefix in BCP 47 terms; the default stays Chinese.
        let other = try XCTUnwrap(try parts(Document(metadata: DocumentMetadata(language: "eng")))["word/footer1.xml"]).text
        XCTAssertTrue(other.contains(" 页 共 "))
    }

    func testEachListRestartsItsNumbering() throws {
        let list = Block.list(ordered: true, start: 1, items: [[.paragraph([.text("一")])], [.paragraph([.text("二")])]])
        let zip = try parts(Document(blocks: [list, .paragraph([.text("间隔")]), list, .list(ordered: true, start: 7, items: [[.paragraph([.text("七")])]])]))
        let numbering = try XCTUnwrap(zip["word/numbering.xml"]).text
        XCTAssertTrue(numbering.contains("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"2\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>"))
        XCTAssertTrue(numbering.contains("<w:num w:numId=\"2\"><w:abstractNumId w:val=\"2\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>"))
        XCTAssertTrue(numbering.contains("<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"7\"/>"))
        let body = try XCTUnwrap(zip["word/document.xml"]).text
        XCTAssertEqual(count("<w:numId w:val=\"1\"/>", in: body), 2)
        XCTAssertEqual(count("<w:numId w:val=\"2\"/>", in: body), 2)
    }

    func testMergedCellsUseGridSpanAndVerticalMerge() throws {
        let zip = try parts(Document(blocks: [.table(DocxPythonOracleTests.mergedTable)]))
        let body = try XCTUnwrap(zip["word/document.xml"]).text
        XCTAssertEqual(count("<w:gridSpan w:val=\"2\"/>", in: body), 1)
        XCTAssertEqual(count("<w:vMerge w:val=\"restart\"/>", in: body), 1)
        XCTAssertEqual(count("<w:vMerge/>", in: body), 1)
        XCTAssertEqual(count("<w:tblHeader/>", in: body), 1)
        XCTAssertEqual(count("<w:gridCol ", in: body), 3)
    }

    func testImagesAreEmbeddedWithSizeAndRelationship() throws {
        let png = try Fixtures.data("site-plan.png")
        let zip = try parts(Document(blocks: [.image(Image(data: png, format: .png, altText: "区位图"))]))
        XCTAssertEqual(zip["word/media/image1.png"]?.contents, png)
        XCTAssertTrue(try XCTUnwrap(zip["[Content_Types].xml"]).text.contains("<Default Extension=\"png\" ContentType=\"image/png\"/>"))
        XCTAssertTrue(try XCTUnwrap(zip["word/_rels/document.xml.rels"]).text.contains("Target=\"media/image1.png\""))
        let body = try XCTUnwrap(zip["word/document.xml"]).text
        // 400 × 200 px at 96 dpi = 300 × 150 pt = 3,810,000 × 1,905,000 EMU.
        XCTAssertTrue(body.contains("<wp:extent cx=\"3810000\" cy=\"1905000\"/>"))
        XCTAssertTrue(body.contains("descr=\"区位图\""))
        let sized = try parts(Document(blocks: [.image(Image(data: png, format: .png, widthPoints: 100, altText: ""))]))
        XCTAssertTrue(try XCTUnwrap(sized["word/document.xml"]).text.contains("<wp:extent cx=\"1270000\" cy=\"635000\"/>"))
    }

    func testPageBreaksCollapseAndBecomePageBreakBefore() throws {
        let zip = try parts(Document(blocks: [.paragraph([.text("甲")]), .pageBreak, .pageBreak, .paragraph([.text("乙")]), .pageBreak, .table(Table(rows: [[TableCell([.text("格")])]]))]))
        let body = try XCTUnwrap(zip["word/document.xml"]).text
        XCTAssertEqual(count("<w:pageBreakBefore/>", in: body), 1)
        XCTAssertEqual(count("<w:br w:type=\"page\"/>", in: body), 1)
    }

    func testTitlePageSuppressesHeaderAndFooterOnFirstPage() throws {
        let zip = try parts(Document(blocks: [.titlePage(title: [.text("协议")], subtitle: [], lines: []), .paragraph([.text("正文")])]))
        let body = try XCTUnwrap(zip["word/document.xml"]).text
        XCTAssertTrue(body.contains("<w:titlePg/>"))
        XCTAssertTrue(body.contains("<w:headerReference w:type=\"first\" r:id=\"rId7\"/>"))
        XCTAssertFalse(try XCTUnwrap(zip["word/footer2.xml"]).text.contains("PAGE"))
    }

    func testCorePropertiesCarryMetadata() throws {
        let metadata = DocumentMetadata(title: "投资协议 & 附件", subject: "招商", author: "某县招商局", date: "2025-03-08")
        let core = try XCTUnwrap(try parts(Document(metadata: metadata))["docProps/core.xml"]).text
        XCTAssertTrue(core.contains("<dc:title>投资协议 &amp; 附件</dc:title><dc:subject>招商</dc:subject><dc:creator>某县招商局</dc:creator><dc:language>zh-CN</dc:language><dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-03-08T00:00:00Z</dcterms:created>"))
    }

    func testHyperlinksBecomeRelationshipsWithURITargets() throws {
        let zip = try parts(Document(blocks: [.paragraph([
            .link(url: "https://a.cn/政策 文件.pdf?a=1&b=%20", content: [.text("政策")]), .link(url: "#第五条", content: [.text("第五条")]),
        ])]))
        let relationships = try XCTUnwrap(zip["word/_rels/document.xml.rels"]).text
        XCTAssertTrue(relationships.contains("<Relationship Id=\"rIdQ1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://a.cn/%E6%94%BF%E7%AD%96%20%E6%96%87%E4%BB%B6.pdf?a=1&amp;b=%20\" TargetMode=\"External\"/>"), relationships)
        let body = try XCTUnwrap(zip["word/document.xml"]).text
        XCTAssertTrue(body.contains("<w:hyperlink r:id=\"rIdQ1\" w:history=\"1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/>"))
        XCTAssertTrue(body.contains("<w:hyperlink w:anchor=\"第五条\" w:history=\"1\">"))
    }

    func testOutputIsDeterministic() throws {
        let document = try Fixtures.document("agreement")
        XCTAssertEqual(try DocxWriter().write(document), try DocxWriter().write(document))
    }
}
