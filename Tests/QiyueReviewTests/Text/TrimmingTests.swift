import XCTest
@testable import QiyueReview

/// Trimming compares end characters as `Character`s do: CRLF against a lone LF, a combining
/// mark on a comma, U+037E against `;`.
final class TrimmingTests: XCTestCase {
    func reference(_ text: String, _ set: String) -> String {
        var rest = Substring(text)
        while let first = rest.first, set.contains(first) { rest.removeFirst() }
        while let last = rest.last, set.contains(last) { rest.removeLast() }
        return String(rest)
    }

    func testAgreesWithCharacterComparison() {
        let sets = [" \t\r\n", " ,，:：、;；。\n", " #*>", "\":为 ", ";", "\u{37E}", "K\u{212A}", " \t　"]
        let pieces = [" ", "\t", "\r\n", "\n", "\r", ",", "，", ",\u{301}", ";", "\u{37E}", "K", "\u{212A}", "为", "甲方", "。", "　", "#", "\"",
                      // Marks that join the character before them, a prepended mark, full-width forms.
                      "\u{302A}", "\u{FF9E}", "\u{600}", "\u{200D}", "；", "：", "Ａ", "\u{F900}", "\u{8C48}", "é", "e\u{301}"]
        var generator = SystemRandomNumberGenerator()
        for set in sets + ["；：，。", "\u{8C48}为", "é\u{302A}"] {
            for _ in 0..<300 {
                let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                XCTAssertEqual(text.trimming(set), reference(text, set), "\(text.unicodeScalars.map(\.value)) / \(set)")
            }
        }
    }

    /// The scalars compared by value alone must be their own canonical form.
    func testPlainScalarsHaveNoCanonicalDecomposition() {
        for value in UInt32(0)...0x10FFFF where TrimmingSet.isPlain(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            XCTAssertEqual(Array(text.decomposedStringWithCanonicalMapping.unicodeScalars), [scalar], "U+\(String(value, radix: 16))")
        }
        XCTAssertNil(TrimmingSet.plainScalar("\u{37E}"))
        XCTAssertNil(TrimmingSet.plainScalar("\r\n"))
        XCTAssertEqual(TrimmingSet.plainScalar("，"), "，")
    }

    /// Longer texts of plain scalars, where both ends are mostly settled by scalars alone.
    func testPlainPathAgreesWithCharacterComparison() {
        let sets = [" ,，:：、;；。\n", " \t\r\n", " #*>", "\":为 ", " \t　", "；：，。"]
        let pieces = ["甲", "方", "，", "。", " ", "：", "\n", "\r\n", "\r", "\t", "　", "#", "为", "8", "a", "\u{302A}", "\u{301}", "\u{37E}", ";", "\u{FF9E}", "\u{600}"]
        var generator = SystemRandomNumberGenerator()
        for set in sets {
            for _ in 0..<2000 {
                let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                XCTAssertEqual(text.trimming(set), reference(text, set), "\(text.unicodeScalars.map(\.value)) / \(set.unicodeScalars.map(\.value))")
            }
        }
    }

    func testPlainValuesOfASet() {
        XCTAssertEqual(TrimmingSet.plainValues(of: " \t\r\n"), [0x20, 0x09])
        XCTAssertEqual(TrimmingSet.plainValues(of: "，。"), [0xFF0C, 0x3002])
        XCTAssertNil(TrimmingSet.plainValues(of: "\r"))
        XCTAssertNil(TrimmingSet.plainValues(of: "\u{37E}"))
        XCTAssertNil(TrimmingSet.plainValues(of: "\u{302A}"))
    }

    func testKeepsALoneLineFeedWhenOnlyCRLFIsTrimmed() {
        XCTAssertEqual("甲方\n".trimming(" \t\r\n"), "甲方\n")
        XCTAssertEqual("甲方\r\n".trimming(" \t\r\n"), "甲方")
        XCTAssertEqual("，甲方。\n".trimming(" ,，:：、;；。\n"), "甲方")
    }
}
