import Foundation
import XCTest
@testable import QiyueCore

/// The encodings Chinese offices save text in are all read; anything else is refused
/// with the place where it stops being text.
final class PlainTextDecoderTests: XCTestCase {
    let sentence = "甲方承诺乙方项目用地出让价格为每亩8万元。\n"

    func testUTF8WithAndWithoutByteOrderMark() throws {
        XCTAssertEqual(try PlainTextDecoder.decodeDetectingEncoding(Data(sentence.utf8), path: "a").text, sentence)
        let withBOM = Data([0xEF, 0xBB, 0xBF]) + Data(sentence.utf8)
        let decoded = try PlainTextDecoder.decodeDetectingEncoding(withBOM, path: "a")
        XCTAssertEqual(decoded.text, sentence)
        XCTAssertEqual(decoded.encoding, .utf8)
    }

    func testUTF16WithByteOrderMarkInBothByteOrders() throws {
        let little = Data([0xFF, 0xFE]) + sentence.data(using: .utf16LittleEndian)!
        let big = Data([0xFE, 0xFF]) + sentence.data(using: .utf16BigEndian)!
        XCTAssertEqual(try PlainTextDecoder.decodeDetectingEncoding(little, path: "a").text, sentence)
        XCTAssertEqual(try PlainTextDecoder.decodeDetectingEncoding(little, path: "a").encoding, .utf16LittleEndian)
        XCTAssertEqual(try PlainTextDecoder.decodeDetectingEncoding(big, path: "a").text, sentence)
        XCTAssertEqual(try PlainTextDecoder.decodeDetectingEncoding(big, path: "a").encoding, .utf16BigEndian)
    }

    func testGBKBytesAreDetectedAndDecoded() throws {
        // The sentence above as Python's `encode('gbk')` writes it.
        let gbk: [UInt8] = [188, 215, 183, 189, 179, 208, 197, 181, 210, 210, 183, 189, 207, 238, 196, 191, 211, 195, 181, 216, 179, 246, 200, 195,
                            188, 219, 184, 241, 206, 170, 195, 191, 196, 182, 56, 205, 242, 212, 170, 161, 163, 10]
        let decoded = try PlainTextDecoder.decodeDetectingEncoding(Data(gbk), path: "a")
        XCTAssertEqual(decoded.text, sentence)
        XCTAssertEqual(decoded.encoding, .gb18030)
    }

    func testFullWidthColonInGB18030() throws {
        let bytes: [UInt8] = [188, 215, 183, 189, 163, 186, 196, 179, 207, 216, 200, 203, 195, 241, 213, 254, 184, 174]
        XCTAssertEqual(try PlainTextDecoder.decode(Data(bytes), path: "a"), "甲方：某县人民政府")
    }

    func testBinaryInputNamesTheNulByte() {
        let data = Data("第一行\n第二行".utf8) + Data([0x00, 0x01, 0x02])
        XCTAssertThrowsError(try PlainTextDecoder.decode(data, path: "x.bin")) { error in
            XCTAssertEqual(error as? TextDecodingError, TextDecodingError(path: "x.bin", line: 2, column: 4, kind: .binary(byteOffset: 19)))
            XCTAssertEqual((error as? TextDecodingError)?.diagnostic(in: .zh).description, "x.bin:2:4: error: 不是文本文件（第 19 字节为空字节）")
        }
    }

    func testBytesThatAreNeitherUTF8NorGB18030AreRefused() {
        // 0xFF is never valid in UTF-8, and 0xFF 0xFF is no GB18030 sequence.
        let data = Data("合同".utf8) + Data([0xFF, 0xFF, 0xFF])
        XCTAssertThrowsError(try PlainTextDecoder.decode(data, path: "y.txt")) { error in
            XCTAssertEqual(error as? TextDecodingError, TextDecodingError(path: "y.txt", line: 1, column: 3, kind: .unknownEncoding(byteOffset: 6)))
        }
    }

    func testInvalidUTF8AfterAByteOrderMarkIsRefused() {
        let data = Data([0xEF, 0xBB, 0xBF, 0x41, 0xC3])
        XCTAssertThrowsError(try PlainTextDecoder.decode(data, path: "z")) { error in
            XCTAssertEqual((error as? TextDecodingError)?.kind, .invalidUTF8(byteOffset: 4))
        }
    }

    func testEmptyInputIsEmptyText() throws {
        XCTAssertEqual(try PlainTextDecoder.decode(Data(), path: "e"), "")
    }

    func testUTF8ValidatorAgreesWithFoundationOnRandomBytes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0...12, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let foundationValid = String(bytes: bytes, encoding: .utf8) != nil
            XCTAssertEqual(PlainTextDecoder.firstInvalidUTF8Offset(bytes) == nil, foundationValid, "\(bytes)")
        }
    }

    /// The NUL search finds the first NUL wherever it is, as a byte-by-byte search does.
    func testFirstNULAgreesWithAByteSearch() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0...70, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) | (Bool.random(using: &generator) ? 1 : 0) }
            XCTAssertEqual(PlainTextDecoder.firstNUL(in: bytes), bytes.firstIndex(of: 0))
        }
        XCTAssertNil(PlainTextDecoder.firstNUL(in: []))
        XCTAssertEqual(PlainTextDecoder.firstNUL(in: [0x41, 0x00, 0x00]), 1)
    }
}
