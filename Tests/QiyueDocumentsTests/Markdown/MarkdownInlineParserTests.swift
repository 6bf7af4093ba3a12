import QiyueTestSupport
import XCTest
@testable import QiyueDocuments

/// Inline syntax: emphasis, code, links, escapes, entities and the HTML tags we understand.
final class MarkdownInlineParserTests: XCTestCase {
    private func inlines(_ text: String) -> [Inline] {
        MarkdownInlineParser(text).parse().map(MarkdownInlineParser.inline(of:))
    }

    func testEmphasisAndStrong() {
        XCTAssertEqual(inlines("*斜* **粗** ***两者*** _下_ __划__"), [
            .italic([.text("斜")]), .text(" "), .bold([.text("粗")]), .text(" "),
            .italic([.bold([.text("两者")])]), .text(" "), .italic([.text("下")]), .text(" "), .bold([.text("划")]),
        ])
    }

    func testStrongAroundChinesePunctuationNextToHan() {
        // Plain CommonMark leaves these as literal asterisks; the CJK adjustment accepts them.
        XCTAssertEqual(inlines("甲方是**“出让人”**，乙方"), [.text("甲方是"), .bold([.text("“出让人”")]), .text("，乙方")])
    }

    func testUnmatchedDelimitersStayLiteral() {
        XCTAssertEqual(inlines("5 * 3 = 15, a_b_c, **未闭合"), [.text("5 * 3 = 15, a_b_c, **未闭合")])
    }

    func testCodeSpans() {
        XCTAssertEqual(inlines("运行 `qiyue  convert` 或 `` a`b `` 与 ` `` `"), [
            .text("运行 "), .code("qiyue  convert"), .text(" 或 "), .code("a`b"), .text(" 与 "), .code("``"),
        ])
        XCTAssertEqual(inlines("`未闭合"), [.text("`未闭合")])
    }

    func testLinksWithTitlesAngleDestinationsAndNestedFormatting() {
        XCTAssertEqual(inlines("见[**政策**原文](https://a.cn/x?a=1&b=2 \"标题\")和[附件](<附件 一.pdf>)"), [
            .text("见"), .link(url: "https://a.cn/x?a=1&b=2", content: [.bold([.text("政策")]), .text("原文")]),
            .text("和"), .link(url: "附件 一.pdf", content: [.text("附件")]),
        ])
    }

    func testReferenceLinksAndBrokenLinksStayAsText() {
        XCTAssertEqual(inlines("[文本][ref] 和 [无括号] 和 [未闭合(x"), [.text("[文本][ref] 和 [无括号] 和 [未闭合(x")])
    }

    func testAutolinks() {
        XCTAssertEqual(inlines("<https://www.gov.cn/> <invest@yn.gov.cn> <不是链接>"), [
            .link(url: "https://www.gov.cn/", content: [.text("https://www.gov.cn/")]), .text(" "),
            .link(url: "mailto:invest@yn.gov.cn", content: [.text("invest@yn.gov.cn")]), .text(" <不是链接>"),
        ])
    }

    func testBackslashEscapes() {
        XCTAssertEqual(inlines(##"\*不是斜体\* \# \\ \甲"##), [.text(##"*不是斜体* # \ \甲"##)])
    }

    func testEntitiesNumericAndNamed() {
        XCTAssertEqual(inlines("&copy; &amp; &#x4E91;&#21335; &#0; &unknown; &"), [.text("© & 云南 \u{FFFD} &unknown; &")])
    }

    func testUnderlineSuperscriptAndBreakTags() {
        XCTAssertEqual(inlines("<u>下划线</u> m<sup>2</sup><br>行"), [
            .underline([.text("下划线")]), .text(" m"), .superscript([.text("2")]), .lineBreak, .text("行"),
        ])
        XCTAssertEqual(inlines("<u>未闭合"), [.text("<u>未闭合")])
    }

    func testImagesInsideEmphasisKeepTheirSource() {
        XCTAssertEqual(inlines("**![图](a.png)**"), [.bold([.text("![图](a.png)")])])
    }

    func testPathologicalInputIsFast() {
        let hostile = String(repeating: "*a **b [c ` <u>", count: 20_000)
        let start = ThreadCPUTime.now
        let result = inlines(hostile)
        XCTAssertLessThan(ThreadCPUTime.now - start, 5)
        XCTAssertEqual(result.plainText.filter { $0 == "c" }.count, 20_000)
    }
}
