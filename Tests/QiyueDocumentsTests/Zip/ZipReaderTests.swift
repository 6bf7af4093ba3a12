import XCTest
@testable import QiyueDocuments

final class ZipReaderTests: XCTestCase {
    func testReadsStoredEntriesByName() throws {
        var archive = TestArchive()
        archive.add("a.txt", "甲方")
        archive.add("dir/b.xml", "<x/>")
        let reader = try ZipReader(data: archive.data)
        XCTAssertEqual(reader.entries.map(\.name), ["a.txt", "dir/b.xml"])
        XCTAssertEqual(try reader.contents(ofEntryNamed: "a.txt").map { String(decoding: $0, as: UTF8.self) }, "甲方")
        XCTAssertEqual(try reader.contents(ofEntryNamed: "dir/b.xml"), Array("<x/>".utf8))
        XCTAssertNil(try reader.contents(ofEntryNamed: "missing"))
    }

    func testInflatesDeflatedEntriesWrittenByOtherTools() throws {
        let reader = try ZipReader(data: ReaderFixtures.data("docx/python-docx-agreement.docx"))
        let document = try XCTUnwrap(reader.contents(ofEntryNamed: "word/document.xml"))
        XCTAssertTrue(String(decoding: document, as: UTF8.self).contains("项目概况。"))
        XCTAssertEqual(reader.entry(named: "word/document.xml")?.method, 8)
    }

    func testInflatesAnEmptyDeflatedEntry() throws {
        // As zipfile.ZipFile(…, ZIP_DEFLATED).writestr(name, "") writes it: method 8, a 2-byte
        // deflate stream of nothing (03 00), CRC 0, uncompressed size 0.
        let local: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0]
            + Array("empty".utf8) + [0x03, 0x00]
        let centralOffset = local.count
        let central: [UInt8] = [0x50, 0x4B, 0x01, 0x02, 20, 0, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0,
                                5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] + Array("empty".utf8)
        let end: [UInt8] = [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, UInt8(central.count), 0, 0, 0, UInt8(centralOffset), 0, 0, 0, 0, 0]
        XCTAssertEqual(try ZipReader(data: Data(local + central + end)).contents(ofEntryNamed: "empty"), [])
    }

    func testRefusesWrongCRC() throws {
        let reader = try ZipReader(data: ReaderFixtures.data("hostile/wrong-crc.docx"))
        let error = assertReadError("CRC-32 mismatch") { try reader.contents(ofEntryNamed: "word/document.xml") }
        XCTAssertEqual(error?.part, "word/document.xml")
    }

    func testRefusesTruncatedArchive() {
        assertReadError("truncated") { try ZipReader(data: ReaderFixtures.data("hostile/truncated.docx")) }
    }

    func testRefusesCorruptLocalHeader() throws {
        var archive = TestArchive()
        archive.add("a.txt", String(repeating: "x", count: 1_000))
        var data = archive.data
        // Keep the central directory but destroy the local header it points at.
        data.replaceSubrange(0 ..< 4, with: [0, 0, 0, 0])
        let reader = try ZipReader(data: data)
        assertReadError("bad local header") { try reader.contents(ofEntryNamed: "a.txt") }
    }

    func testRefusesNonZipInput() {
        assertReadError("not a ZIP archive") { try ZipReader(data: Data("这只是一段文字，不是压缩包。".utf8)) }
        assertReadError("too short") { try ZipReader(data: Data([0x50, 0x4B])) }
    }

    func testRefusesZipBombByRatioBeforeInflating() {
        assertFast(within: 1) {
            assertReadError("compression ratio exceeds 200:1") { try ZipReader(data: ReaderFixtures.data("hostile/zip-bomb.docx")) }
        }
    }

    func testStopsEntryThatInflatesBeyondItsDeclaredSize() throws {
        let reader = try ZipReader(data: ReaderFixtures.data("hostile/lying-size.zip"))
        assertReadError("inflates beyond its recorded size") { try reader.contents(ofEntryNamed: "payload.txt") }
    }

    func testEnforcesPerEntryAndTotalSizeLimits() {
        var archive = TestArchive()
        archive.add("a.txt", String(repeating: "a", count: 600))
        archive.add("b.txt", String(repeating: "b", count: 600))
        let perEntry = ZipLimits(maximumEntryUncompressedSize: 500)
        assertReadError("per-entry limit of 500") { try ZipReader(data: archive.data, limits: perEntry) }
        let total = ZipLimits(maximumTotalUncompressedSize: 1_000)
        assertReadError("more than the limit of 1000 bytes") { try ZipReader(data: archive.data, limits: total) }
    }

    func testRefusesAbsurdEntryCounts() {
        var archive = TestArchive()
        for index in 0 ..< 20_000 { archive.add("e\(index)", "") }
        let data = archive.data
        assertFast(within: 2) {
            assertReadError("20000 entries, more than the limit of 10000") { try ZipReader(data: data) }
        }
    }

    /// More than 65,535 entries (say 100,000) needs ZIP64, whose marker counts are refused outright.
    func testRefusesZip64Archives() {
        var archive = TestArchive()
        archive.add("a.txt", "x")
        var data = archive.data
        data[data.count - 12] = 0xFF
        data[data.count - 11] = 0xFF
        assertReadError("ZIP64 archives are not supported") { try ZipReader(data: data) }
    }

    func testRefusesPathTraversalNames() {
        assertReadError("tries to escape") { try ZipReader(data: ReaderFixtures.data("hostile/traversal.zip")) }
        for name in ["/etc/passwd", "word\\..\\x.xml", "C:/x.xml", "a/../../b", ".."] {
            var archive = TestArchive()
            archive.add(name, "x")
            assertReadError("tries to escape") { try ZipReader(data: archive.data) }
        }
    }

    func testRefusesOverlongNames() {
        var archive = TestArchive()
        archive.add(String(repeating: "n", count: 2_000), "x")
        assertReadError("2000 bytes long") { try ZipReader(data: archive.data) }
    }

    func testRefusesEncryptedEntries() throws {
        let reader = try ZipReader(data: ReaderFixtures.data("hostile/encrypted.zip"))
        assertReadError("encrypted") { try reader.contents(ofEntryNamed: "secret.txt") }
    }

    func testRefusesDuplicateNames() {
        var archive = TestArchive()
        archive.add("word/document.xml", "a")
        archive.add("word/document.xml", "b")
        assertReadError("twice") { try ZipReader(data: archive.data) }
    }

    func testFindsEndRecordBehindAComment() throws {
        var archive = TestArchive()
        archive.add("a.txt", "ok")
        var data = archive.data
        let comment = [UInt8](repeating: 0x41, count: 1_000)
        data[data.count - 2] = UInt8(comment.count & 0xFF)
        data[data.count - 1] = UInt8(comment.count >> 8)
        data.append(contentsOf: comment)
        XCTAssertEqual(try ZipReader(data: data).contents(ofEntryNamed: "a.txt"), Array("ok".utf8))
    }
}
