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

    /// Word pours an imported chunk (`w:altChunk`: HTML, RTF, another document) into the text
    /// when it opens the file, but the chunk is a part of its own: a land-fee rebate in it
    /// passed review as clean. The document is refused, for review and for editing alike.
    func testImportedChunkIsRefusedNotPassedAsClean() {
        let xml = TestArchive.body("<w:p><w:r><w:t>第一条 总则</w:t></w:r></w:p><w:altChunk r:id=\"rIdChunk\"/>")
        let error = assertReadError("w:altChunk") { try read(TestArchive.docx(documentXML: xml)) }
        XCTAssertEqual(error?.text(in: .en), "word/document.xml:1:276: the document imports other content through w:altChunk, which cannot be reviewed: open it in Word, save it as .docx and review that")
        assertReadError("w:altChunk") { try DocxReader().readForEditing(TestArchive.docx(documentXML: xml)) }
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

    /// With the body streamed (inflated on its own thread while it is read), each hostile file
    /// gets the same answer, position included.
    func testStreamedBodyGivesTheSameErrors() throws {
        var streaming = DocxReader()
        streaming.concurrentModelThreshold = 0
        for name in ["billion-laughs", "invalid-utf8", "deep-nesting", "zip-bomb", "wrong-crc", "truncated"] {
            let data = try ReaderFixtures.data("hostile/\(name).docx")
            var expected: DocumentReadError?
            do { _ = try read(data) } catch { expected = error as? DocumentReadError }
            XCTAssertNotNil(expected, name)
            let started = Date()
            XCTAssertThrowsError(try streaming.read(data), name) { XCTAssertEqual($0 as? DocumentReadError, expected, name) }
            XCTAssertThrowsError(try streaming.readText(data), name) { XCTAssertEqual($0 as? DocumentReadError, expected, name) }
            XCTAssertLessThan(Date().timeIntervalSince(started), 2, name)
        }
    }

    func testArchiveWithoutMainPartIsNotAWordDocument() {
        var archive = TestArchive()
        archive.add("content.xml", "<office:document/>")
        assertReadError("not a Word document") { try read(archive.data) }
    }
}

/// Structurally odd but well-formed documents: no crash, a sensible reading.
final class DocxMalformedStructureTests: XCTestCase {
    func testRowsAndCellsOutsideATableAreIgnored() throws {
        let body = "<w:tr><w:tc><w:p><w:r><w:t>孤立单元格</w:t></w:r></w:p></w:tc></w:tr><w:p><w:r><w:t>正文</w:t></w:r></w:p>"
        let read = try DocxReader().read(TestArchive.docx(documentXML: TestArchive.body(body)))
        XCTAssertEqual(read.text.text, "孤立单元格\n正文")
        XCTAssertEqual(read.text.origins.map(\.label), ["第1段", "第2段"])
    }

    func testHugeStartValuesAreClampedNotOverflowed() throws {
        var archive = TestArchive()
        archive.add("_rels/.rels", """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
        """)
        archive.add("word/_rels/document.xml.rels", """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r2" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>
        """)
        archive.add("word/numbering.xml", """
        <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0">\
        <w:lvl w:ilvl="0"><w:start w:val="9223372036854775807"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl>\
        </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
        """)
        let numbered = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>项</w:t></w:r></w:p>"
        archive.add("word/document.xml", TestArchive.body(numbered + numbered))
        let lines = try DocxReader().read(archive.data).text.text.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        // 32,767 (the clamp) and 32,768 in Word's repeated-letter form: 1,261 letters, ".", " ", "项".
        XCTAssertEqual(lines.map(\.count), [1_264, 1_264])
        XCTAssertTrue(lines[0].hasPrefix("GGG") && lines[1].hasPrefix("HHH"))
    }
}
