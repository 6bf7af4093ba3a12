import XCTest
@testable import QiyueDocuments

/// Block structure: CommonMark headings, paragraphs, lists, quotes, breaks and GFM tables.
final class MarkdownReaderTests: XCTestCase {
    private func blocks(_ markdown: String) -> [Block] {
        MarkdownReader().read(markdown).document.blocks
    }

    func testATXAndSetextHeadings() {
        XCTAssertEqual(blocks("# 第一章　总则 #\n\n### 三级\n\n二级标题\n---\n\n一级\n==="), [
            .heading(level: 1, content: [.text("第一章　总则")]),
            .heading(level: 3, content: [.text("三级")]),
            .heading(level: 2, content: [.text("二级标题")]),
            .heading(level: 1, content: [.text("一级")]),
        ])
    }

    func testSevenHashesAndMissingSpaceAreParagraphs() {
        XCTAssertEqual(blocks("####### 七\n\n#标签"), [.paragraph([.text("####### 七")]), .paragraph([.text("#标签")])])
    }

    func testSoftBreaksJoinChineseWithoutSpaceAndLatinWithSpace() {
        XCTAssertEqual(blocks("甲方应当\n按期付款。\nPay on\ntime."), [.paragraph([.text("甲方应当按期付款。 Pay on time.")])])
    }

    func testHardBreaks() {
        XCTAssertEqual(blocks("第一行  \n第二行\\\n第三行"), [.paragraph([.text("第一行"), .lineBreak, .text("第二行"), .lineBreak, .text("第三行")])])
    }

    func testNestedListsKeepKindAndStart() {
        let markdown = "3. 三\n4. 四\n   - 甲\n   - 乙\n\n     乙的第二段\n5. 五"
        XCTAssertEqual(blocks(markdown), [
            .list(ordered: true, start: 3, items: [
                [.paragraph([.text("三")])],
                [.paragraph([.text("四")]), .list(ordered: false, start: 1, items: [
                    [.paragraph([.text("甲")])],
                    [.paragraph([.text("乙")]), .paragraph([.text("乙的第二段")])],
                ])],
                [.paragraph([.text("五")])],
            ]),
        ])
    }

    func testChangingBulletCharacterStartsANewList() {
        XCTAssertEqual(blocks("- a\n+ b"), [
            .list(ordered: false, start: 1, items: [[.paragraph([.text("a")])]]),
            .list(ordered: false, start: 1, items: [[.paragraph([.text("b")])]]),
        ])
    }

    func testOrderedListNotStartingAtOneDoesNotInterruptParagraph() {
        XCTAssertEqual(blocks("截至2024年\n2. 不是列表"), [.paragraph([.text("截至2024年 2. 不是列表")])])
    }

    func testBlockQuotesNestAndContinueLazily() {
        XCTAssertEqual(blocks("> 引文第一行\n续行\n>\n> > 嵌套"), [
            .blockQuote([.paragraph([.text("引文第一行续行")]), .blockQuote([.paragraph([.text("嵌套")])])]),
        ])
    }

    func testThematicBreaks() {
        XCTAssertEqual(blocks("***\n\n- - -\n\n___"), [.thematicBreak, .thematicBreak, .thematicBreak])
    }

    func testPipeTableWithAlignmentsAndEscapedPipes() {
        let markdown = "| 序号 | 项目 | 金额 |\n| :---: | --- | ---: |\n| 1 | a\\|b | **100** |\n| 2 |"
        XCTAssertEqual(blocks(markdown), [
            .table(Table(rows: [
                [TableCell([.text("序号")]), TableCell([.text("项目")]), TableCell([.text("金额")])],
                [TableCell([.text("1")]), TableCell([.text("a|b")]), TableCell([.bold([.text("100")])])],
                [TableCell([.text("2")]), TableCell([]), TableCell([])],
            ], headerRowCount: 1, alignments: [.center, .left, .right])),
        ])
    }

    func testTableWithoutOuterPipesAndExcessCellsKeepsText() {
        XCTAssertEqual(blocks("a | b\n--|--\n1 | 2 | 3"), [
            .table(Table(rows: [
                [TableCell([.text("a")]), TableCell([.text("b")])],
                [TableCell([.text("1")]), TableCell([.text("2 | 3")])],
            ], headerRowCount: 1, alignments: [.left, .left])),
        ])
    }

    func testDelimiterRowWithWrongCellCountIsNotATable() {
        XCTAssertEqual(blocks("| a | b |\n| --- |"), [.paragraph([.text("| a | b | | --- |")])])
    }

    func testFencedCodeKeepsLinesLiterally() {
        XCTAssertEqual(blocks("```\n**不是粗体**\n  缩进\n```"), [.paragraph([.code("**不是粗体**\n  缩进")])])
    }

    func testIndentedTextIsAParagraphNotCode() {
        XCTAssertEqual(blocks("    甲方应当遵守"), [.paragraph([.text("甲方应当遵守")])])
    }

    func testUnsupportedHTMLBlockStaysAsText() {
        XCTAssertEqual(blocks("<div class=\"x\">内容</div>"), [.paragraph([.text("<div class=\"x\">内容</div>")])])
    }

    func testByteOrderMarkAndCRLFAreHandled() {
        XCTAssertEqual(blocks("\u{FEFF}# 标题\r\n\r\n正文\r\n"), [.heading(level: 1, content: [.text("标题")]), .paragraph([.text("正文")])])
    }

    func testMetadataTitleComesFromFirstTopHeading() {
        XCTAssertEqual(MarkdownReader().read("## 小节\n\n# 投资协议").document.metadata.title, "投资协议")
        XCTAssertNil(MarkdownReader().read("正文").document.metadata.title)
    }

    func testDeepNestingIsBoundedAndKeepsText() {
        let markdown = String(repeating: ">", count: 5000) + " 深"
        let document = MarkdownReader().read(markdown).document
        XCTAssertTrue(PlainTextWriter().write(document).contains("深"))
    }
}
