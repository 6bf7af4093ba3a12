import Foundation
import XCTest
@testable import QiyueDocuments

final class HTMLWriterTests: XCTestCase {
    private func body(_ blocks: [Block]) -> String {
        guard let html = try? HTMLWriter().write(Document(blocks: blocks)) else {
            XCTFail("a small document is within the HTML limit")
            return ""
        }
        let start = html.range(of: "<article>\n")!.upperBound
        let end = html.range(of: "</article>")!.lowerBound
        return String(html[start..<end])
    }

    func testSectionsFollowHeadingLevels() {
        let blocks: [Block] = [
            .paragraph([.text("前言")]), .heading(level: 1, content: [.text("第一章")]), .heading(level: 2, content: [.text("一节")]),
            .paragraph([.text("正文")]), .heading(level: 1, content: [.text("第二章")]),
        ]
        XCTAssertEqual(body(blocks), """
        <p>前言</p>
        <section>
        <h1>第一章</h1>
        <section>
        <h2>一节</h2>
        <p>正文</p>
        </section>
        </section>
        <section>
        <h1>第二章</h1>
        </section>

        """)
    }

    func testTablesHaveHeaderCellsSpansAndAlignment() {
        var table = DocxPythonOracleTests.mergedTable
        table.alignments = [.left, .right, .center]
        XCTAssertEqual(body([.table(table)]), """
        <table>
        <thead>
        <tr><th colspan="2" scope="col">甲</th><th scope="col">乙</th></tr>
        </thead>
        <tbody>
        <tr><td rowspan="2">丙</td><td style="text-align: right">丁</td><td style="text-align: center">戊</td></tr>
        <tr><td style="text-align: right">己</td><td style="text-align: center">庚</td></tr>
        </tbody>
        </table>

        """)
    }

    func testEverythingIsEscapedAndUnsafeLinksAreText() {
        let blocks: [Block] = [.paragraph([
            .text("<script>alert(\"x\")</script> & "), .link(url: "javascript:alert(1)", content: [.text("点我")]),
            .text(" "), .link(url: "https://a.cn/?a=1&b=\"2\"", content: [.bold([.text("官网")])]),
        ])]
        XCTAssertEqual(body(blocks), "<p>&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; 点我 <a href=\"https://a.cn/?a=1&amp;b=&#34;2&#34;\"><strong>官网</strong></a></p>\n")
    }

    func testClausesListsQuotesAndBreaks() {
        let blocks: [Block] = [
            .clause(label: "第一条", content: [.text("内容")], children: [.clause(label: "（一）", content: [.text("子项")], children: [])]),
            .list(ordered: true, start: 3, items: [[.paragraph([.text("三")])]]),
            .blockQuote([.paragraph([.text("引")])]), .pageBreak, .pageBreak, .thematicBreak,
        ]
        XCTAssertEqual(body(blocks), """
        <div class="clause"><p><span class="clause-label">第一条</span>　内容</p>
        <div class="clause-item"><p><span class="clause-label">（一）</span>子项</p>
        </div>
        </div>
        <ol start="3">
        <li>三</li>
        </ol>
        <blockquote>
        <p>引</p>
        </blockquote>
        <div class="page-break"></div>
        <hr>

        """)
    }

    func testImagesAreInlinedAsDataURIs() throws {
        let png = try Fixtures.data("site-plan.png")
        XCTAssertEqual(body([.image(Image(data: png, format: .png, altText: "区位\"图"))]),
                       "<figure><img src=\"data:image/png;base64,\(png.base64EncodedString())\" alt=\"区位&#34;图\" width=\"400\" height=\"200\"></figure>\n")
    }

    func testSignatureAndTitlePage() {
        let blocks: [Block] = [
            .titlePage(title: [.text("协议")], subtitle: [.text("草案")], lines: [[.text("甲方")]]), .pageBreak,
            .signatureBlock([SignatureParty(role: "甲方", name: "某县", lines: ["日期："]), SignatureParty(role: "乙方", name: "")]),
        ]
        XCTAssertEqual(body(blocks), """
        <header class="title-page">
        <h1>协议</h1>
        <p class="subtitle">草案</p>
        <div class="lines">
        <p>甲方</p>
        </div>
        </header>
        <table class="signature">
        <tr><td><div>甲方：某县</div><div>日期：</div></td><td><div>乙方</div></td></tr>
        </table>

        """)
    }

    func testDocumentIsSelfContainedWithPrintRulesAndCJKFonts() throws {
        let html = try HTMLWriter().write(try Fixtures.document("brochure"))
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">"))
        XCTAssertTrue(html.contains("<title>Invest in Yunnan｜投资云南</title>"))
        XCTAssertTrue(html.contains("@page { size: A4;"))
        XCTAssertTrue(html.contains("counter(page)") && html.contains("counter(pages)"))
        XCTAssertTrue(html.contains("\"Noto Serif CJK SC\""))
        XCTAssertTrue(html.contains("src=\"data:image/jpeg;base64,"))
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("src=\"http"))
        XCTAssertFalse(html.contains("<link"))
        XCTAssertFalse(html.contains("\"Page \" counter(page)"))
    }

    /// The page footer a browser prints follows the document's language, as in the DOCX.
    func testEnglishDocumentsArePrintedWithEnglishPageNumbers() throws {
        let html = try HTMLWriter().write(Document(metadata: DocumentMetadata(title: "Invest in Yunnan", language: "en"), blocks: [.paragraph([.text("Coffee.")])]))
        let chinese = try XCTUnwrap(html.range(of: "content: \"第 \" counter(page)"))
        let english = try XCTUnwrap(html.range(of: "@page { @bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); } }"))
        // Later in the style sheet, so it is the rule that applies.
        XCTAssertLessThan(chinese.lowerBound, english.lowerBound)
    }
}
