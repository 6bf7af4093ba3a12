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

    /// The byte writer the reports use must write what the string writer writes, escapes
    /// at the start, the middle and the end of a string included.
    func testUTF8WriterMatchesTheStringWriter() {
        let samples = [
            "", "甲方承诺", "\"", "a\"b\\c\nd\re\tf", "\u{01}\u{08}\u{1F}\u{7F}", "行\u{2028}分\u{2029}段\u{2027}\u{202A}",
            "\u{2028}", "末尾\u{2029}", "😀 emoji 与 \u{E2}", "第五条\n\n", "\\",
        ]
        for sample in samples {
            var bytes: [UInt8] = Array("[".utf8)
            JSONStringLiteral.append(sample, toUTF8: &bytes)
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "[" + JSONStringLiteral.quoted(sample), sample)
        }
    }

    /// Long strings are skipped eight bytes at a time: an escape at any offset of a word, and
    /// bytes just above or below the escaped ones, must still come out as the string writer
    /// writes them.
    func testUTF8WriterMatchesTheStringWriterOnLongRandomText() {
        let pieces = ["甲方", "a", "\"", "\\", "\n", "\u{1F}", "\u{20}", "\u{21}", "\u{5B}", "\u{5D}", "\u{2028}", "\u{2029}",
                      "\u{2027}", "\u{202A}", "—", "“", "😀", "é", "\u{7F}", "0123456"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let sample = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var bytes: [UInt8] = []
            JSONStringLiteral.append(sample, toUTF8: &bytes)
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), JSONStringLiteral.quoted(sample), sample)
        }
    }
}
