import XCTest
@testable import QiyueReview

/// Heading detection tests units by comparison instead of through a set; the comparisons
/// must accept exactly the units the set holds, over every UTF-16 unit.
final class ArticleHeadingUnitTests: XCTestCase {
    func testDigitTestAgreesWithTheSetForEveryUnit() {
        for value in 0...0xFFFF {
            let unit = UInt16(value)
            XCTAssertEqual(ArticleHeading.isChineseDigit(unit), ArticleHeading.chineseDigits.contains(unit), "U+\(String(value, radix: 16))")
        }
    }

    func testLeadingMarkupIsSpaceHashAsteriskAndQuote() {
        let expected: Set<UInt16> = [0x20, 0x23, 0x2A, 0x3E]
        for value in 0...0xFFFF {
            XCTAssertEqual(ArticleHeading.isLeadingMarkup(UInt16(value)), expected.contains(UInt16(value)))
        }
    }

    func testHeadingsAfterMarkupAndChineseNumbers() {
        let units = Array("## **第十二条 违约".utf16)
        XCTAssertEqual(ArticleHeading.detect(in: units, lineStart: 0, lineEnd: units.count)?.label, "第十二条")
        let item = Array("> 三、用地".utf16)
        XCTAssertEqual(ArticleHeading.detect(in: item, lineStart: 0, lineEnd: item.count)?.label, "三、")
        let plain = Array("甲方承诺".utf16)
        XCTAssertNil(ArticleHeading.detect(in: plain, lineStart: 0, lineEnd: plain.count))
    }
}
