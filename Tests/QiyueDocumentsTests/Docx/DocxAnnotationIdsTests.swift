import Foundation
import XCTest
@testable import QiyueDocuments

/// The first id the editor hands out lies above every `w:id` a search of the decoded text
/// finds, whatever kind of annotation spells it, marks joined by combining characters and
/// broken bytes included.
final class DocxAnnotationIdsTests: XCTestCase {
    /// The search of the decoded text, character by character, that the byte search replaces.
    func decodedSearch(_ bytes: [UInt8]) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        var highest = -1
        var rest = text[...]
        while let range = rest.range(of: "w:id=\"") {
            rest = rest[range.upperBound...]
            if let value = Int(rest.prefix { $0.isASCII && $0.isNumber }) { highest = max(highest, value) }
        }
        return highest
    }

    func highest(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { DocxAnnotationIds.highestId(in: $0) }
    }

    func testIdsOfEveryKind() {
        let body = #"<w:p><w:bookmarkStart w:id="30" w:name="a"/><w:commentRangeStart w:id="3"/><w:ins w:id="12"><w:r><w:t>甲方</w:t></w:r></w:ins>"#
            + #"<w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="7"/></w:r><w:bookmarkEnd w:id="30"/></w:p>"#
        XCTAssertEqual(highest(Array(body.utf8)), 30)
        XCTAssertEqual(highest(Array("<w:p/>".utf8)), -1)
        XCTAssertEqual(highest(Array(#"<w:ins w:id="">"#.utf8)), -1)
        XCTAssertEqual(highest([]), -1)
    }

    func testTheCounterStartsAboveEveryPartAndNeverRepeats() {
        var ids = DocxAnnotationIds(above: [4, -1, 17])
        XCTAssertEqual(ids.take(), 18)
        XCTAssertEqual(ids.take(3), 19)
        XCTAssertEqual(ids.take(), 22)
        XCTAssertEqual(ids.next, 23)
        var empty = DocxAnnotationIds(above: [])
        XCTAssertEqual(empty.take(), 0)
    }

    func testIsNeverBelowTheDecodedSearch() {
        let pieces = [#"<w:commentRangeStart w:id=""#, #"<w:bookmarkStart w:id=""#, #"<w:del w:id=""#, #"<w:ins w:id=""#,
                      "12", "7", "0042", "99999999999999999999999", "\u{301}", "5\u{301}", "\"/>", "甲方", "<w:t>", " "]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var bytes: [UInt8] = []
            var clean = true
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                let piece = pieces.randomElement(using: &generator)!
                clean = clean && !piece.contains("\u{301}") && piece.count < 20
                bytes += Array(piece.utf8)
                if Int.random(in: 0..<10, using: &generator) == 0 {
                    bytes.append(0xE2)
                    clean = false
                }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            // A digit a combining mark joins is no id to the decoded search; taking it as one only lifts the counter.
            XCTAssertGreaterThanOrEqual(highest(bytes), decodedSearch(bytes), text)
            if clean { XCTAssertEqual(highest(bytes), decodedSearch(bytes), text) }
        }
    }
}
