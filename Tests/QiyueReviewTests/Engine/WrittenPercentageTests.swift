import XCTest
@testable import QiyueReview

/// A share written out in words (百分之七十) is the same share as 70%, for the frame and for
/// the rules that compare a share with a threshold.
final class WrittenPercentageTests: XCTestCase {
    func share(_ text: String) -> FrameMeasure? {
        FrameMeasureReader.measure(in: ArraySlice(Array(text.utf16)))
    }

    func testChineseNumerals() {
        XCTAssertEqual(share("按最低价标准的百分之七十出让")?.value ?? 0, 0.7, accuracy: 1e-9)
        XCTAssertEqual(share("按百分之七十五返还")?.value ?? 0, 0.75, accuracy: 1e-9)
        XCTAssertEqual(share("百分之百兑现")?.value ?? 0, 1.0, accuracy: 1e-9)
        XCTAssertEqual(share("百分之一百拨还")?.value ?? 0, 1.0, accuracy: 1e-9)
        XCTAssertEqual(share("百分之十")?.value ?? 0, 0.1, accuracy: 1e-9)
        XCTAssertEqual(share("百分之七点五")?.value ?? 0, 0.075, accuracy: 1e-9)
        XCTAssertEqual(share("百分之七十")?.text, "百分之七十")
    }

    func testArabicDigitsAfterTheWords() {
        XCTAssertEqual(share("百分之70")?.value ?? 0, 0.7, accuracy: 1e-9)
    }

    func testNoNumberIsNoShare() {
        XCTAssertNil(share("百分之")?.value)
        XCTAssertNil(share("按最低价标准出让"))
    }

    func testTheRuleAtSeventyPercentReadsTheWords() {
        let engine = ReviewEngine(pack: try! RulePack.builtIn())
        let findings = engine.review(text: "甲方同意将滨海旅游项目用地按最低价标准的百分之七十出让。")
        XCTAssertTrue(findings.contains { $0.ruleID == "land.minimum-standard-70" })
        let lower = engine.review(text: "甲方同意乙方项目用地按最低价标准的百分之五十确定出让底价。")
        XCTAssertTrue(lower.contains { $0.ruleID == "land.minimum-standard-share" })
    }
}
