import QiyueCore
import XCTest

/// The one HTML and the one Markdown escaper every writer and the template engine share.
final class HTMLAndMarkdownEscapingTests: XCTestCase {
    func testHTMLEscapingWritesMarkupSafesEntities() {
        XCTAssertEqual(HTMLEscaping.escape(#"<a href="x">甲 & '乙'</a>"#), "&lt;a href=&#34;x&#34;&gt;甲 &amp; &#39;乙&#39;&lt;/a&gt;")
        let clean = "第三条　乙方依法享受国家规定的税收优惠政策。"
        XCTAssertEqual(HTMLEscaping.escape(clean), clean)
    }

    func testMarkdownEscapingKeepsValuesThatOpenNoBlock() {
        XCTAssertEqual(MarkdownEscaping.escape("价格为每亩**8**万元 [附件](http://a.cn)", atLineStart: false),
                       #"价格为每亩\*\*8\*\*万元 \[附件\](http://a.cn)"#)
        XCTAssertEqual(MarkdownEscaping.escape("-3", atLineStart: true), "-3")
        XCTAssertEqual(MarkdownEscaping.escape("- 项", atLineStart: true), #"\- 项"#)
        XCTAssertEqual(MarkdownEscaping.escape("1. 项", atLineStart: true), #"1\. 项"#)
        XCTAssertEqual(MarkdownEscaping.escape("甲\n# 乙", atLineStart: false), "甲\n\\# 乙")
    }
}
