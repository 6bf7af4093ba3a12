import XCTest
@testable import QiyueDocuments

final class DocxNumberFormatTests: XCTestCase {
    func testChineseCountingAsWordShowsIt() {
        let expected = [1: "一", 9: "九", 10: "十", 11: "十一", 20: "二十", 21: "二十一", 99: "九十九", 100: "一百", 101: "一百零一",
                        110: "一百一十", 1_000: "一千", 1_001: "一千零一", 1_010: "一千零一十", 10_000: "一万", 10_010: "一万零一十", 12_345: "一万二千三百四十五"]
        for (value, text) in expected {
            XCTAssertEqual(DocxNumberFormat.format(value, as: "chineseCounting"), text, "\(value)")
            XCTAssertEqual(DocxNumberFormat.format(value, as: "taiwaneseCountingThousand"), text, "\(value)")
        }
    }

    func testFinancialAndDigitalChineseForms() {
        XCTAssertEqual(DocxNumberFormat.format(10, as: "chineseLegalSimplified"), "壹拾")
        XCTAssertEqual(DocxNumberFormat.format(305, as: "chineseLegalSimplified"), "叁佰零伍")
        XCTAssertEqual(DocxNumberFormat.format(105, as: "ideographDigital"), "一〇五")
        XCTAssertEqual(DocxNumberFormat.format(3, as: "ideographTraditional"), "丙")
        XCTAssertEqual(DocxNumberFormat.format(11, as: "ideographTraditional"), "甲")
    }

    func testLatinRomanAndEnclosedForms() {
        XCTAssertEqual(DocxNumberFormat.format(3, as: "upperLetter"), "C")
        XCTAssertEqual(DocxNumberFormat.format(28, as: "lowerLetter"), "bb")
        XCTAssertEqual(DocxNumberFormat.format(1_994, as: "upperRoman"), "MCMXCIV")
        XCTAssertEqual(DocxNumberFormat.format(4, as: "lowerRoman"), "iv")
        XCTAssertEqual(DocxNumberFormat.format(1, as: "decimalEnclosedCircle"), "①")
        XCTAssertEqual(DocxNumberFormat.format(20, as: "decimalEnclosedCircle"), "⑳")
        XCTAssertEqual(DocxNumberFormat.format(21, as: "decimalEnclosedCircle"), "21")
        XCTAssertEqual(DocxNumberFormat.format(7, as: "decimalZero"), "07")
        XCTAssertEqual(DocxNumberFormat.format(12, as: "decimalFullWidth"), "１２")
        XCTAssertEqual(DocxNumberFormat.format(5, as: "none"), "")
        XCTAssertEqual(DocxNumberFormat.format(5, as: "someFutureFormat"), "5")
    }
}
