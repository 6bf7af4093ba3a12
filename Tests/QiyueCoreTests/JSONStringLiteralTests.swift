import XCTest
@testable import QiyueCore

final class JSONStringLiteralTests: XCTestCase {
    func testPlainTextIsCopiedWhole() {
        XCTAssertEqual(JSONStringLiteral.quoted("甲方承诺"), "\"甲方承诺\"")
        XCTAssertFalse(JSONStringLiteral.needsEscaping("第五条 land-price"))
    }

    func testEscapes() {
        XCTAssertEqual(JSONStringLiteral.quoted("a\"b\\c\nd\re\tf"), #""a\"b\\c\nd\re\tf""#)
        XCTAssertEqual(JSONStringLiteral.quoted("\u{01}\u{08}\u{1F}"), #""\u0001\u0008\u001f""#)
        XCTAssertEqual(JSONStringLiteral.quoted("行\u{2028}分\u{2029}段"), #""行\u2028分\u2029段""#)
    }

    func testAppendWritesIntoAnExistingDocument() {
        var output = "{\"k\":"
        JSONStringLiteral.append("值\"", to: &output)
        XCTAssertEqual(output, #"{"k":"值\"""#)
    }
}
