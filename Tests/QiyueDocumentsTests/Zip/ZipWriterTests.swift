import Foundation
import XCTest
@testable import QiyueDocuments

/// The ZIP writer is checked by independent readers: Python's `zipfile` (which verifies every
/// CRC in `testzip()`) and, when installed, Info-ZIP's `unzip -t`.
final class ZipWriterTests: XCTestCase {
    private func sampleArchive() throws -> Data {
        var writer = ZipWriter()
        try writer.add("small.txt", text: "hi")
        try writer.add("word/document.xml", text: String(repeating: "<w:p>第一条　甲方与乙方</w:p>", count: 200))
        try writer.add("目录/协议.txt", text: "中文文件名")
        try writer.add("random.bin", data: Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }))
        try writer.add("empty", data: Data())
        return try writer.finish()
    }

    func testPythonReadsEveryEntryWithMatchingChecksums() throws {
        let zip = try ZipInspection(try sampleArchive())
        XCTAssertNil(zip.firstBadEntry)
        XCTAssertEqual(zip.entries.map(\.name), ["small.txt", "word/document.xml", "目录/协议.txt", "random.bin", "empty"])
        XCTAssertEqual(zip["small.txt"]?.text, "hi")
        XCTAssertEqual(zip["目录/协议.txt"]?.text, "中文文件名")
        XCTAssertEqual(zip["word/document.xml"]?.text, String(repeating: "<w:p>第一条　甲方与乙方</w:p>", count: 200))
        XCTAssertEqual(zip["empty"]?.size, 0)
    }

    func testChecksumsAreZlibCRC32() throws {
        let zip = try ZipInspection(try sampleArchive())
        // CRC-32 of "hi" (IEEE polynomial), as every ZIP tool computes it.
        XCTAssertEqual(zip["small.txt"]?.crc, 0xD893_2AAC)
        XCTAssertEqual(ZipChecksum.crc32(Data("hi".utf8)), 0xD893_2AAC)
        XCTAssertEqual(ZipChecksum.crc32(Data("123456789".utf8)), 0xCBF4_3926)
    }

    func testSmallAndIncompressibleEntriesAreStoredTextIsDeflated() throws {
        let zip = try ZipInspection(try sampleArchive())
        XCTAssertEqual(zip["small.txt"]?.method, 0)
        XCTAssertEqual(zip["empty"]?.method, 0)
        XCTAssertEqual(zip["word/document.xml"]?.method, 8)
        let document = try XCTUnwrap(zip["word/document.xml"])
        XCTAssertLessThan(document.compressed * 10, document.size)
        let random = try XCTUnwrap(zip["random.bin"])
        XCTAssertLessThanOrEqual(random.compressed, random.size)
    }

    func testNamesAreFlaggedUTF8OnlyWhenNotASCII() throws {
        let zip = try ZipInspection(try sampleArchive())
        XCTAssertEqual((zip["目录/协议.txt"]?.flags ?? 0) & 0x800, 0x800)
        XCTAssertEqual((zip["small.txt"]?.flags ?? 0) & 0x800, 0)
    }

    func testTimestampsAreFixedSoOutputIsReproducible() throws {
        let first = try sampleArchive()
        let second = try sampleArchive()
        XCTAssertEqual(first, second)
        let zip = try ZipInspection(first)
        XCTAssertEqual(zip["small.txt"]?.date, [1980, 1, 1, 0, 0, 0])
    }

    func testUnzipAcceptsTheArchive() throws {
        guard Python.hasTool("unzip") else { throw XCTSkip("unzip is not installed") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qiyue-unzip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("a.zip")
        try sampleArchive().write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["unzip", "-t", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("No errors detected"), text)
    }

    func testRejectsDuplicateTraversingAndAbsoluteNames() {
        var writer = ZipWriter()
        XCTAssertNoThrow(try writer.add("a.txt", text: "a"))
        XCTAssertThrowsError(try writer.add("a.txt", text: "b")) { XCTAssertEqual($0 as? ZipWriterError, .duplicateName("a.txt")) }
        XCTAssertThrowsError(try writer.add("../evil", text: "b")) { XCTAssertEqual($0 as? ZipWriterError, .invalidName("../evil")) }
        XCTAssertThrowsError(try writer.add("/etc/passwd", text: "b")) { XCTAssertEqual($0 as? ZipWriterError, .invalidName("/etc/passwd")) }
        XCTAssertThrowsError(try writer.add("", text: "b")) { XCTAssertEqual($0 as? ZipWriterError, .invalidName("")) }
    }

    func testTooLargeIsExplainedAsMissingZIP64() {
        XCTAssertEqual(ZipWriterError.tooLarge("big.bin").description, "'big.bin' would exceed 4 GiB, which needs ZIP64 (not supported)")
    }

    func testEndOfCentralDirectoryCountsEntries() throws {
        let archive = try sampleArchive()
        let end = archive.suffix(22)
        XCTAssertEqual(Array(end.prefix(4)), [0x50, 0x4B, 0x05, 0x06])
        XCTAssertEqual(Int(end[end.startIndex + 8]) | Int(end[end.startIndex + 9]) << 8, 5)
    }
}
