import Foundation
import XCTest
@testable import QiyueReview

/// The plain search answers exactly as Foundation's `contains`, on plain text and on text it
/// leaves to Foundation.
final class PlainSearchTests: XCTestCase {
    func testAgreesWithFoundation() {
        let texts = ["某某县城投公司", "县人民政府", "第9段（第二条）", "第二条", "电价补贴", "用电价格", "", "公",
                     "Cafe\u{301} 公司", "公司\u{301}", "Ω公司", "甲方：某某集团", "a;b", "a\u{37E}b", "乙方\r\n公司"]
        let words = ["公司", "集团", "电价", "用电价格", "第二条", "第9段", ";", "Café", "公", "司", "Ω"]
        for text in texts {
            for word in words {
                XCTAssertEqual(PlainSearch.contains(text, word), text.contains(word), "\(text) / \(word)")
            }
        }
    }

    func testPlainTextIsSearchedByBytes() {
        XCTAssertTrue(PlainSearch.isPlain("第9段（第二条）"))
        XCTAssertTrue(PlainSearch.isPlain("某某城投公司, \"A\""))
        XCTAssertFalse(PlainSearch.isPlain("Cafe\u{301}"))
        XCTAssertFalse(PlainSearch.isPlain("乙方\r\n"))
        XCTAssertTrue(PlainSearch.contains("某某县城投公司", "城投"))
        XCTAssertFalse(PlainSearch.contains("某某县城投", "城投公司"))
    }
}
