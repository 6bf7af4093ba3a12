import XCTest
@testable import QiyueReview

/// A line's head is decoded from UTF-8 directly; it must give the scalars the standard
/// library's decoder gives, however long the line and whatever its characters.
final class LineShapeDecodingTests: XCTestCase {
    func testDirectDecodingMatchesTheGenericDecoder() {
        let lines = [
            "", "第一条 土地", "乙方：某某新材料有限公司", "Café à la ligne", "😀𠀀 emoji and a rare ideograph",
            "甲方承诺项目用地出让价格为每亩5万元，低于国家规定的最低价标准的部分由甲方返还。",
            "ＡＢＣ１２３（全角）", "\t　 leading blanks", String(repeating: "长", count: 40),
        ]
        for line in lines {
            for limit in [0, 1, 5, LineShape.headReach, 100] {
                let bytes = Array(line.utf8)
                var direct: [Unicode.Scalar] = [], generic: [Unicode.Scalar] = []
                bytes.withUnsafeBufferPointer { buffer in
                    LineShape.scalars(buffer[...], limit: limit, into: &direct)
                    LineShape.genericScalars(buffer[...], limit: limit, into: &generic)
                }
                XCTAssertEqual(direct, generic, "\(line) limit \(limit)")
                XCTAssertEqual(direct, Array(line.unicodeScalars.prefix(limit)), "\(line) limit \(limit)")
            }
        }
    }

    /// Ill-formed bytes (a stray continuation byte, a cut sequence) are repaired as before.
    func testIllFormedBytesAreRepairedAsBefore() {
        for bytes: [UInt8] in [[0x80, 0x41], [0xE7, 0x94], [0x41, 0xE7, 0x94, 0x42], [0xC0, 0xAF], [0xED, 0xA0, 0x80]] {
            var direct: [Unicode.Scalar] = [], generic: [Unicode.Scalar] = []
            bytes.withUnsafeBufferPointer { buffer in
                LineShape.scalars(buffer[...], limit: 10, into: &direct)
                LineShape.genericScalars(buffer[...], limit: 10, into: &generic)
            }
            XCTAssertEqual(direct, generic, "\(bytes)")
        }
    }

    /// Random bytes, well-formed or not, read from inside a larger buffer into a buffer reused
    /// from line to line, as `BlockBreaks` reads them.
    func testRandomSlicesIntoAReusedBuffer() {
        let pieces: [[UInt8]] = [[0x41], [0x20], Array("甲".utf8), Array("é".utf8), Array("😀".utf8), [0x80], [0xE7, 0x94], [0xF0, 0x9F], [0xC0], [0xFF]]
        var generator = SystemRandomNumberGenerator()
        var direct: [Unicode.Scalar] = []
        for _ in 0..<3000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! }
            let start = Int.random(in: 0...bytes.count, using: &generator)
            let end = Int.random(in: start...bytes.count, using: &generator)
            let limit = Int.random(in: 0...30, using: &generator)
            var generic: [Unicode.Scalar] = []
            bytes.withUnsafeBufferPointer { buffer in
                LineShape.scalars(buffer[start..<end], limit: limit, into: &direct)
                LineShape.genericScalars(buffer[start..<end], limit: limit, into: &generic)
            }
            XCTAssertEqual(direct, generic, "\(bytes[start..<end]) limit \(limit)")
        }
    }
}
