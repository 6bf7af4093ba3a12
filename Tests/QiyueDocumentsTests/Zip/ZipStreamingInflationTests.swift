import Foundation
import XCTest
@testable import QiyueDocuments

/// The streamed inflater must hand out exactly what the one-shot inflater does, and refuse
/// exactly what it refuses, whatever the chunk size.
final class ZipStreamingInflationTests: XCTestCase {
    private let text = Array((0 ..< 3_000).map { "第\($0)条 甲方应当依法办理<w:t>&amp;</w:t>。" }.joined().utf8)

    private func compressed(_ bytes: [UInt8]) throws -> [UInt8] {
        [UInt8](try XCTUnwrap(RawDeflate.compress(Data(bytes), level: 6)))
    }

    private func stream(_ archive: [UInt8], size: Int, crc: UInt32, chunk: Int) -> ZipStreamingInflation {
        ZipStreamingInflation(archive: archive, range: 0 ..< archive.count, expectedSize: size, expectedCRC: crc, entryName: "word/document.xml", chunkSize: chunk)
    }

    func testStreamedBytesEqualTheInputForEveryChunkSize() throws {
        let archive = try compressed(text)
        for chunk in [1, 7, 4_096, 1 << 20] {
            let inflation = stream(archive, size: text.count, crc: ZipInflater.crc32(text), chunk: chunk)
            var ready = 0
            while ready < text.count { ready = try inflation.waitForMore(than: ready) }
            try inflation.waitUntilFinished()
            XCTAssertEqual(Array(inflation.output.buffer), text, "chunk \(chunk)")
        }
    }

    func testRefusesWhatTheOneShotInflaterRefuses() throws {
        let archive = try compressed(text)
        let crc = ZipInflater.crc32(text)
        let cases: [(String, ZipStreamingInflation)] = [
            ("CRC-32 mismatch", stream(archive, size: text.count, crc: crc ^ 1, chunk: 4_096)),
            ("inflates beyond its recorded size", stream(archive, size: text.count - 1, crc: crc, chunk: 4_096)),
            ("a size other than the one recorded", stream(archive, size: text.count + 1, crc: crc, chunk: 4_096)),
            ("truncated", stream(Array(archive.prefix(archive.count / 2)), size: text.count, crc: crc, chunk: 4_096)),
            ("corrupt", stream([0xFF] + archive, size: text.count, crc: crc, chunk: 4_096)),
        ]
        for (fragment, inflation) in cases {
            let error = assertReadError(fragment) { try inflation.waitUntilFinished() }
            XCTAssertEqual(error?.part, "word/document.xml", fragment)
        }
        // The bytes before a failure are handed out; asking for more than there will be throws.
        let truncated = stream(Array(archive.prefix(archive.count / 2)), size: text.count, crc: crc, chunk: 64)
        assertReadError("truncated") {
            var ready = 0
            while true { ready = try truncated.waitForMore(than: ready) }
        }
    }

    /// The tokenizer reading a part while it is inflated, a few bytes at a time, sees the
    /// tokens it sees in the whole part: every construct crosses a chunk boundary somewhere.
    func testTokenizerFollowingAStreamSeesTheSameTokens() throws {
        let xml = Array("""
            <?xml version="1.0"?><!-- a > b --><w:document xmlns:w="urn:w"><w:p a="1 > 0" b='二'>文&amp;本<![CDATA[<x>]]>\
            <?pi x > y?><w:r><w:t xml:space="preserve"> 甲方 </w:t></w:r></w:p><w:br/></w:document>
            """.utf8)
        func tokens(_ tokenizer: inout XMLTokenizer) throws -> [String] {
            var result: [String] = []
            while let token = try tokenizer.next() {
                switch token {
                case let .start(id): result.append("<\(tokenizer.name(id)) \(try tokenizer.attributes.map { try tokenizer.decodedText($0.valueStart ..< $0.valueEnd) })>")
                case let .end(id): result.append("</\(tokenizer.name(id))>")
                case let .text(range): result.append(try tokenizer.decodedText(range))
                case let .characterData(range): result.append("[\(try tokenizer.decodedText(range, decodeEntities: false))]")
                }
            }
            return result
        }
        var whole = try XMLTokenizer(storage: OwnedBytes(copying: xml), canonicalPrefixes: ["urn:w": "w"])
        let expected = try tokens(&whole)
        let archive = try compressed(xml)
        for chunk in 1 ... 13 {
            let inflation = stream(archive, size: xml.count, crc: ZipInflater.crc32(xml), chunk: chunk)
            var streamed = try XMLTokenizer(storage: inflation.output, source: inflation, canonicalPrefixes: ["urn:w": "w"])
            XCTAssertEqual(try tokens(&streamed), expected, "chunk \(chunk)")
        }
        // A malformed part is refused with the same message and position either way.
        let broken = Array("<a><b>文本</a>".utf8)
        let inflation = stream(try compressed(broken), size: broken.count, crc: ZipInflater.crc32(broken), chunk: 2)
        var streamed = try XMLTokenizer(storage: inflation.output, source: inflation)
        let error = assertReadError("end tag </a> does not match <b>") { try tokens(&streamed) }
        XCTAssertEqual(error.map { "\($0.line ?? 0):\($0.column ?? 0)" }, "1:9")
    }

    /// A CRC mismatch is only known at the end: the tokenizer must report it rather than end quietly.
    func testTokenizerReportsACRCMismatchAtTheEnd() throws {
        let xml = Array("<a>文本</a>".utf8)
        let inflation = stream(try compressed(xml), size: xml.count, crc: ZipInflater.crc32(xml) ^ 1, chunk: 3)
        var tokenizer = try XMLTokenizer(storage: inflation.output, source: inflation)
        assertReadError("CRC-32 mismatch") { while try tokenizer.next() != nil {} }
    }
}
