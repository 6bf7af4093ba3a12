import XCTest
import QiyueCore

final class JSONSourceMapTests: XCTestCase {
    func testColumnsCountCharactersNotBytes() {
        let text = "{\"名称\": \"三百\"}"
        let map = JSONSourceMap(bytes: Array(text.utf8))
        let offset = Array("{\"名称\": ".utf8).count
        XCTAssertEqual(map.position(ofByte: offset).line, 1)
        XCTAssertEqual(map.position(ofByte: offset).column, 8)
        XCTAssertEqual(map.characterLength(ofByte: offset, length: Array("\"三百\"".utf8).count), 4)
    }

    func testLinesAgreeWithLineIndexForEveryKindOfBreak() {
        let text = "a\nb\r\nc\rd\u{2028}e\u{85}f"
        let map = JSONSourceMap(bytes: Array(text.utf8))
        let index = LineIndex(text)
        let offsetOfF = Array("a\nb\r\nc\rd\u{2028}e\u{85}".utf8).count
        // LF, CRLF and CR end lines; the Unicode separators belong to their line.
        XCTAssertEqual(index.lines.count, 4)
        XCTAssertEqual(map.position(ofByte: offsetOfF).line, 4)
        XCTAssertEqual(index.line(map.position(ofByte: offsetOfF).line), "d\u{2028}e\u{85}f")
    }

    func testCaretLengthStopsAtTheEndOfTheLine() {
        let text = "\"ab\ncd\""
        let map = JSONSourceMap(bytes: Array(text.utf8))
        XCTAssertEqual(map.characterLength(ofByte: 0, length: 7), 3)
    }
}
