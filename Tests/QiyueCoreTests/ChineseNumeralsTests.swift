import QiyueCore
import XCTest

/// The one speller behind the template filters and Word's Chinese list numbering.
final class ChineseNumeralsTests: XCTestCase {
    func testCountingForm() {
        let cases: [(Int, String)] = [
            (0, "零"), (1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (101, "一百零一"), (110, "一百一十"),
            (1_009, "一千零九"), (10_010, "一万零一十"), (100_010, "十万零一十"), (100_000_000, "一亿"),
            (1_000_000_001, "十亿零一"), (123_456_789, "一亿二千三百四十五万六千七百八十九"),
        ]
        for (number, text) in cases { XCTAssertEqual(ChineseNumerals.counting.spell(number), text, "\(number)") }
    }

    func testFinancialFormsNeverDropTheLeadingOne() {
        XCTAssertEqual(ChineseNumerals.financial.spell(10), "壹拾")
        XCTAssertEqual(ChineseNumerals.financial.spell(60_005_000), "陆仟万伍仟")
        XCTAssertEqual(ChineseNumerals.financialTraditional.spell(23), "貳拾參")
    }
}
