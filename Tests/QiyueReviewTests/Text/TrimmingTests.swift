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
        let pieces = [" ", "\t", "\r\n", "\n", "\r", ",", "，", ",\u{301}", ";", "\u{37E}", "K", "\u{212A}", "为", "甲方", "。", "　", "#", "\""]
        var generator = SystemRandomNumberGenerator()
        for set in sets {
            for _ in 0..<300 {
                let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                XCTAssertEqual(text.trimming(set), reference(text, set), "\(text.unicodeScalars.map(\.value)) / \(set)")
            }
        }
    }

    func testKeepsALoneLineFeedWhenOnlyCRLFIsTrimmed() {
        XCTAssertEqual("甲方\n".trimming(" \t\r\n"), "甲方\n")
        XCTAssertEqual("甲方\r\n".trimming(" \t\r\n"), "甲方")
        XCTAssertEqual("，甲方。\n".trimming(" ,，:：、;；。\n"), "甲方")
    }
}
