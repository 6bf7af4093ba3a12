import Foundation
import XCTest
@testable import QiyueDocuments

/// The highest comment-mark id found in a body's bytes is the one a search of its decoded
/// text finds, marks joined by combining characters and broken bytes included.
final class DocxCommentMarkerTests: XCTestCase {
    /// The search of the decoded text, character by character, that the byte search replaces.
    func decodedSearch(_ bytes: [UInt8]) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        var highest = -1
        for marker in ["<w:commentRangeStart w:id=\"", "<w:commentReference w:id=\"", "<w:commentRangeEnd w:id=\""] {
            var rest = text[...]
            while let range = rest.range(of: marker) {
                rest = rest[range.upperBound...]
                if let value = Int(rest.prefix { $0.isASCII && $0.isNumber }) { highest = max(highest, value) }
            }
        }
        return highest
    }

    func highest(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { DocxCommentsPart.highestMarkerId(in: $0) }
    }

    func testMarksOfEveryKind() {
        let body = #"<w:p><w:commentRangeStart w:id="3"/><w:r><w:t>甲方</w:t></w:r><w:commentRangeEnd w:id="12"/><w:r><w:commentReference w:id="7"/></w:r></w:p>"#
        XCTAssertEqual(highest(Array(body.utf8)), 12)
        XCTAssertEqual(highest(Array("<w:p/>".utf8)), -1)
        XCTAssertEqual(highest([]), -1)
    }

    func testAgreesWithTheDecodedSearch() {
        let pieces = [#"<w:commentRangeStart w:id=""#, #"<w:commentReference w:id=""#, #"<w:commentRangeEnd w:id=""#,
                      "12", "7", "0042", "99999999999999999999999", "\u{301}", "5\u{301}", "\"/>", "甲方", "<w:t>", " "]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                bytes += Array(pieces.randomElement(using: &generator)!.utf8)
                if Int.random(in: 0..<10, using: &generator) == 0 { bytes.append(0xE2) }
            }
            XCTAssertEqual(highest(bytes), decodedSearch(bytes), String(decoding: bytes, as: UTF8.self))
        }
    }
}
