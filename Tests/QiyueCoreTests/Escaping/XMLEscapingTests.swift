import QiyueCore
import XCTest


final class XMLEscapingTests: XCTestCase {
    func testEscapesMarkupCharacters() {
        XCTAssertEqual(XMLEscaping.escape(#"甲方 & 乙方 <b> "x" 'y'"#), "甲方 &amp; 乙方 &lt;b&gt; &quot;x&quot; 'y'")
    }

    func testRemovesCharactersIllegalInXML10() {
        XCTAssertEqual(XMLEscaping.escape("a\u{01}b\u{0B}c\u{1F}d\u{FFFE}e\u{FFFF}f"), "abcdef")
        XCTAssertEqual(XMLEscaping.removingIllegalCharacters("x\u{00}y"), "xy")
    }

    func testKeepsTabsLineFeedsAndAllOfUnicode() {
        let text = "a\tb\nc\r😀𠀀第一条"
        XCTAssertEqual(XMLEscaping.escape(text), text)
    }

    func testLeavesCleanTextUntouched() {
        XCTAssertEqual(XMLEscaping.escape("第五条　本协议自双方签字盖章之日起生效。"), "第五条　本协议自双方签字盖章之日起生效。")
    }
}
