import Foundation
import QiyueTestSupport
import XCTest
@testable import QiyueDocuments

/// Some tools save RTF with raw UTF-8 text under a `\ansicpg936` header; it must read as
/// written, while raw GBK text (what the header promises) keeps reading as GBK.
final class RTFRawUTF8Tests: XCTestCase {

    private func rtf(_ body: [UInt8]) -> Data {
        Data(Array(#"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fcharset134 SimSun;}}\pard "#.utf8) + body + Array(#"\par}"#.utf8))
    }

    /// Failed before: the UTF-8 bytes were decoded as GBK (甲方 became 鐢叉柟) and the land
    /// clause escaped review.
    func testRawUTF8UnderCodePage936ReadsAsUTF8() throws {
        let clause = "第一条 甲方承诺返还土地出让金的50%。"
        XCTAssertEqual(try RTFReader().readText(rtf(Array(clause.utf8))).text, clause)
        // Escaped bytes keep the code page even in a raw UTF-8 file: \'b5\'da is GBK 第.
        let mixed = Array("甲方承诺".utf8) + Array(#"\'b5\'da"#.utf8) + Array("三条".utf8)
        XCTAssertEqual(try RTFReader().readText(rtf(mixed)).text, "甲方承诺第三条")
    }

    func testRawGBKStaysGBK() throws {
        let clause = "第一条 甲方承诺返还土地出让金的50%。"
        let bytes = try XCTUnwrap(clause.data(using: RTFCodePage.encoding(codePage: 936)))
        XCTAssertFalse(RTFRawUTF8.detect(Array(bytes)))
        XCTAssertEqual(try RTFReader().readText(rtf(Array(bytes))).text, clause)
        XCTAssertFalse(RTFRawUTF8.detect(Array(try FormatFixtures.data("gbk.rtf"))))
    }

    /// Too little to tell (fewer than three sequences, or mostly two-byte ones as in Latin
    /// text): the header's code page is kept.
    func testShortOrLatinUTF8IsNotEnoughEvidence() {
        XCTAssertFalse(RTFRawUTF8.detect(Array("甲方".utf8)))
        XCTAssertFalse(RTFRawUTF8.detect(Array("café naïve über 甲".utf8)))
        XCTAssertTrue(RTFRawUTF8.detect(Array("甲方乙".utf8)))
        XCTAssertFalse(RTFRawUTF8.detect(Array("甲方乙".utf8) + [0xFF]))
    }

    func testTwentyThousandRandomGBKStringsAreNeverTakenForUTF8() throws {
        var random = SeededGenerator(seed: 936)
        let ascii = Array(" ,.0123456789abcxyz".utf8)
        var validUTF8 = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...40, using: &random) {
                if Int.random(in: 0..<7, using: &random) == 0 {
                    bytes.append(ascii.randomElement(using: &random)!)
                } else {
                    // A GB2312 hanzi: both bytes in the GBK range every Chinese draft uses.
                    bytes += [UInt8.random(in: 0xB0...0xF7, using: &random), UInt8.random(in: 0xA1...0xFE, using: &random)]
                }
            }
            if String(validating: bytes, as: UTF8.self) != nil { validUTF8 += 1 }
            XCTAssertFalse(RTFRawUTF8.detect(bytes), "\(bytes)")
        }
        // Some GBK strings are valid UTF-8; the shape test is what keeps them GBK.
        XCTAssertGreaterThan(validUTF8, 0)
    }
}
