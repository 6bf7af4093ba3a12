import QiyueCore
import Foundation
import XCTest
@testable import QiyueDocuments

/// Hostile DOCX files: each must be refused with a specific error, quickly, leaking nothing.
final class DocxHostileInputTests: XCTestCase {
    private func read(_ data: Data) throws -> ExtractedDocument {
        try DocxReader().read(data)
    }

    func testExternalEntityNeverLoadsTheLocalFile() throws {
        let directory = try TestSupportDirectory.make()
        defer { try? FileManager.default.removeItem(at: directory) }
        let secret = directory.appendingPathComponent("secret.txt")
        try "TOP-SECRET-4711".write(to: secret, atomically: true, encoding: .utf8)
        let xml = """
        <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "\(secret.absoluteString)">]>\
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>
        """
        let error = assertReadError("XXE") { try read(TestArchive.docx(documentXML: xml)) }
        XCTAssertEqual(error?.part, "word/document.xml")
        for language in [QiyueCore.Language.zh, .en] {
            XCTAssertFalse(error?.text(in: language).contains("TOP-SECRET") ?? true)
        }
    }

    func testBillionLaughsIsRefusedBeforeExpansion() {
        assertFast(within: 1) {
            assertReadError("DOCTYPE or ENTITY declaration") { try read(ReaderFixtures.data("hostile/billion-laughs.docx")) }
        }
    }

    func testInvalidUTF8NamesPartAndPosition() {
        let error = assertReadError("not valid UTF-8") { try read(ReaderFixtures.data("hostile/invalid-utf8.docx")) }
        XCTAssertEqual(error?.text(in: .en), "word/document.xml:1:147: the text is not valid UTF-8")
    }

    func testDeepNestingIsRefusedQuickly() {
        assertFast(within: 1) {
            assertReadError("nested more than 256 deep") { try read(ReaderFixtures.data("hostile/deep-nesting.docx")) }
        }
    }

    func testZipBombWrongCRCAndTruncation() {
        assertReadError("compression ratio") { try read(ReaderFixtures.data("hostile/zip-bomb.docx")) }
        assertReadError("CRC-32 mismatch") { try read(ReaderFixtures.data("hostile/wrong-crc.docx")) }
        assertReadError("truncated") { try read(ReaderFixtures.data("hostile/truncated.docx")) }
    }

    func testArchiveWithoutMainPartIsNotAWordDocument() {
        var archive = TestArchive()
        archive.add("content.xml", "<office:document/>")
        assertReadError("not a Word document") { try read(archive.data) }
    }
}
