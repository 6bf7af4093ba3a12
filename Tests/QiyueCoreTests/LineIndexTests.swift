import XCTest
@testable import QiyueCore

final class LineIndexTests: XCTestCase {
    func testPositionsOfOffsets() {
        let index = LineIndex("第一条\n甲方\r\n\n乙方")
        XCTAssertEqual(index.lineStarts, [0, 4, 7, 8])
        XCTAssertEqual(index.position(ofOffset: 0).line, 1)
        XCTAssertEqual(index.position(ofOffset: 5).line, 2)
        XCTAssertEqual(index.position(ofOffset: 5).column, 2)
        XCTAssertEqual(index.position(ofOffset: 9).line, 4)
        XCTAssertEqual(index.position(ofOffset: 9).column, 2)
        XCTAssertEqual(index.line(2), "甲方")
        XCTAssertEqual(index.line(3), "")
        XCTAssertNil(index.line(5))
    }

    func testIdenticalLinesGetTheirOwnNumbers() {
        let index = LineIndex("同一行\n同一行\n")
        XCTAssertEqual(index.position(ofOffset: 4).line, 2)
        XCTAssertEqual(index.lines.count, 3)
    }

    func testOneRuleForLineEnds() {
        let text = "一\r二\r\n三\n四\u{0B}\u{0C}\u{2028}五\r"
        let index = LineIndex(text)
        XCTAssertEqual(index.lines, ["一", "二", "三", "四\u{0B}\u{0C}\u{2028}五", ""])
        let bytes = Array(text.utf8)
        let byteStarts = LineIndex.byteLineStarts(of: bytes)
        XCTAssertEqual(byteStarts.count, index.lines.count)
        // The byte table and the character table agree line for line.
        for (line, start) in byteStarts.enumerated() {
            XCTAssertEqual(LineIndex.position(ofByte: start, in: bytes).line, line + 1)
        }
        XCTAssertEqual(LineIndex.breakLength(in: bytes, at: 3), 1)
        XCTAssertEqual(LineIndex.breakLength(in: bytes, at: 7), 2)
    }

    func testByteOffsetsInsideACRLFStayOnTheLineItEnds() {
        let bytes = Array("ab\r\ncd".utf8)
        XCTAssertEqual(LineIndex.position(ofByte: 3, in: bytes).line, 1)
        XCTAssertEqual(LineIndex.position(ofByte: 4, in: bytes).line, 2)
        XCTAssertEqual(LineIndex.position(ofByte: 6, in: bytes).column, 3)
    }

    /// Contiguous bytes are scanned eight at a time; the line starts are those of the byte-by-byte
    /// loop, wherever LF, CR and CRLF fall against the eight-byte steps.
    func testContiguousScanAgreesWithTheGenericLoop() {
        let pieces: [[UInt8]] = [[0x0A], [0x0D], [0x0D, 0x0A], [0x0C], [0x0E], [0x0B], [0x41], Array("甲方".utf8), [0x00], [0x8D], [0xFF]]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let bytes = (0..<Int.random(in: 0...30, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! }
            let generic = LineIndex.byteLineStarts(of: bytes.lazy.map { $0 })
            let contiguous = bytes.withUnsafeBufferPointer { LineIndex.contiguousByteLineStarts($0) }
            XCTAssertEqual(contiguous, generic, "\(bytes)")
            XCTAssertEqual(LineIndex.byteLineStarts(of: bytes), generic)
        }
    }
}
