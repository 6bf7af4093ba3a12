import Foundation
import QiyueTestSupport
import XCTest
@testable import QiyueDocuments

/// What the writers produce stays within what our readers accept: a part above the ZIP
/// reader's 128 MiB is never written, and the Word body stops growing once it crosses it.
final class DocxWriterLimitsTests: XCTestCase {
    func testTheLimitsAreTheReadersLimits() {
        XCTAssertEqual(DocumentLimits.maximumPartBytes, ZipLimits.default.maximumEntryUncompressedSize)
        XCTAssertEqual(ZipWriter().limits, ZipLimits.default)
    }

    func testZipWriterRefusesAnEntryOrArchiveItsReaderWouldRefuse() throws {
        var writer = ZipWriter()
        writer.limits = ZipLimits(maximumTotalUncompressedSize: 3_000, maximumEntryUncompressedSize: 2_000)
        XCTAssertThrowsError(try writer.add("word/document.xml", data: Data(count: 2_001))) {
            XCTAssertEqual($0 as? ZipWriterError, .beyondReadLimit("word/document.xml", limit: 2_000))
        }
        try writer.add("a", data: Data(count: 2_000))
        XCTAssertThrowsError(try writer.add("b", data: Data(count: 1_001))) {
            XCTAssertEqual($0 as? ZipWriterError, .beyondReadLimit("b", limit: 3_000))
        }
    }

    func testWordBodyStopsAtTheLimit() throws {
        let paragraph = Block.paragraph([.text(String(repeating: "条", count: 10_000))])
        var writer = DocxWriter()
        writer.maximumPartBytes = 1 << 20
        // 30,000 bytes of text per paragraph: 100 paragraphs are about 3 MB of body.
        XCTAssertThrowsError(try writer.write(Document(blocks: Array(repeating: paragraph, count: 100)))) {
            XCTAssertEqual($0 as? ZipWriterError, .beyondReadLimit("word/document.xml", limit: 1 << 20))
        }
        let body = DocxBodyWriter(style: .standard)
        body.maximumBytes = 1 << 20
        body.write(Array(repeating: paragraph, count: 100))
        XCTAssertTrue(body.isFull)
        XCTAssertLessThan(body.xml.utf8.count, (1 << 20) + 40_000, "one paragraph past the limit, not all of them")
        let table = Table(rows: Array(repeating: Array(repeating: TableCell([.text(String(repeating: "格", count: 1_000))]), count: 10), count: 1_000), headerRowCount: 1, alignments: [])
        let tableBody = DocxBodyWriter(style: .standard)
        tableBody.maximumBytes = 1 << 20
        tableBody.write([.table(table)])
        XCTAssertLessThan(tableBody.xml.utf8.count, (1 << 20) + 40_000, "one row past the limit")
        XCTAssertNoThrow(try writer.write(Document(blocks: Array(repeating: paragraph, count: 10))))
    }

    func testMarkdownTableBeyondTheLimitsIsAnErrorAndLeftOut() throws {
        let columns = DocumentLimits.maximumTableColumns + 1
        let row = "|" + Array(repeating: "c", count: columns).joined(separator: "|") + "|\n"
        let markdown = "甲\n\n" + row + "|" + Array(repeating: "-", count: columns).joined(separator: "|") + "|\n" + row + "\n乙\n"
        let result = MarkdownReader(fileName: "t.md", language: .en).read(markdown)
        XCTAssertEqual(result.diagnostics.map(\.severity), [.error])
        XCTAssertEqual(result.diagnostics.first?.location?.line, 3)
        XCTAssertEqual(PlainTextWriter().write(result.document), "甲\n\n乙\n")
        // 1,000 rows of 5,000 columns (10 MB) are measured, never split: it takes well under a second.
        let wide = "|" + Array(repeating: "c", count: 5_000).joined(separator: "|") + "|\n"
        let huge = wide + "|" + Array(repeating: "-", count: 5_000).joined(separator: "|") + "|\n" + String(repeating: wide, count: 1_000)
        let elapsed = ThreadCPUTime.measure {
            XCTAssertEqual(MarkdownReader().read(huge).diagnostics.first?.severity, .error)
        }
        XCTAssertLessThan(elapsed, 10)
    }
}
