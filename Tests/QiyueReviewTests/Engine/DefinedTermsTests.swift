import XCTest
@testable import QiyueReview

/// Definitions are found wherever 所称 stands, also at the very end of a text, and names are
/// read up to their opener or comma.
final class DefinedTermsTests: XCTestCase {
    func names(_ string: String) -> [String] {
        let text = NormalizedText(string)
        return DefinedTerms(text: text, structure: DocumentStructure(text)).definitions.map { String(decoding: $0.name, as: UTF16.self) }
    }

    func testNamesBeforeTheirOpeners() {
        XCTAssertEqual(names("甲方按基数的50%兑现。本条所称基数，是指乙方缴纳的增值税。"), ["基数"])
        XCTAssertEqual(names("本条所称约定比例为百分之六十。本协议所称超出额指超过部分。"), ["约定比例", "超出额"])
    }

    func testNoDefinitionWithoutMarkerOrOpener() {
        XCTAssertEqual(names("甲方承诺按期供地。"), [])
        XCTAssertEqual(names("所称"), [])
        XCTAssertEqual(names("甲方所"), [])
        XCTAssertEqual(names("本条所称ABC是指"), [])
        XCTAssertEqual(names("所称基数"), [])
    }

    /// A name in quotes (本协议所称“综合贡献”，指…) is read without them; a quote not closed
    /// before the reach, or closed without an opener after it, defines nothing.
    func testQuotedNames() {
        XCTAssertEqual(names("本协议所称“综合贡献”，指乙方缴纳的增值税地方留成。"), ["综合贡献"])
        XCTAssertEqual(names("本条所称「基数」是指乙方缴纳的增值税。"), ["基数"])
        XCTAssertEqual(names("本协议所称“综合贡献”由双方另行约定。"), [])
        XCTAssertEqual(names("本协议所称“一个很长很长很长的名字"), [])
    }
}
