import XCTest
@testable import QiyueReview

/// Amounts written with Chinese or Arabic numerals come out as the same number of yuan.
final class AmountParserTests: XCTestCase {
    func testTheSameAmountInEverySpelling() {
        for text in ["八万元", "8万元", "80,000元", "捌万元整", "80000元", "8.0万元"] {
            XCTAssertEqual(AmountParser.amounts(in: "每亩" + text), [80_000], text)
        }
    }

    func testLargerChineseNumerals() {
        XCTAssertEqual(AmountParser.value(of: "一百二十万"), 1_200_000)
        XCTAssertEqual(AmountParser.value(of: "三亿五千万"), 350_000_000)
        XCTAssertEqual(AmountParser.value(of: "壹拾贰万"), 120_000)
        XCTAssertEqual(AmountParser.value(of: "一百零五"), 105)
        XCTAssertEqual(AmountParser.value(of: "1.2亿"), 120_000_000)
        XCTAssertEqual(AmountParser.value(of: "十万"), 100_000)
    }

    func testSeveralAmountsInOrderAndNoneWithoutYuan() {
        XCTAssertEqual(AmountParser.amounts(in: "总投资5亿元，其中固定资产投资3亿元"), [500_000_000, 300_000_000])
        XCTAssertEqual(AmountParser.amounts(in: "用地100亩，税率15%"), [])
    }
}
