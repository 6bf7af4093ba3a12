import Foundation
import XCTest
@testable import QiyueDocuments

/// One part, one spelling: an archive cannot hide a second `word/document.xml` behind another
/// spelling of its name, nor show local headers that tell a different story from its directory.
final class ZipPartNameTests: XCTestCase {
    private func archive(_ names: [String]) -> Data {
        var archive = TestArchive()
        for name in names { archive.add(name, "<x/>") }
        return archive.data
    }

    func testSecondSpellingsOfAPartAreRefused() {
        for names in [["word/document.xml", "./word/document.xml"], ["word//document.xml"], ["word/./document.xml"], ["./x"]] {
            assertReadError("escape the archive") { try ZipReader(data: archive(names)) }
        }
        let error = assertReadError("differ only in case") { try ZipReader(data: archive(["word/document.xml", "Word/Document.xml"])) }
        XCTAssertEqual(error?.text(in: .en), "the archive entries \"word/document.xml\" and \"Word/Document.xml\" differ only in case, which makes them one part")
        // A folder entry ends in a slash; that is no empty segment.
        XCTAssertNoThrow(try ZipReader(data: archive(["word/", "word/document.xml"])))
    }

    func testLocalHeaderMustAgreeWithTheCentralDirectory() throws {
        let good = archive(["a.txt"])
        XCTAssertEqual(try ZipReader(data: good).contents(ofEntryNamed: "a.txt"), Array("<x/>".utf8))
        for offset in [8, 14, 18, 22] {
            var data = good
            data[offset] ^= 0x01
            let reader = try ZipReader(data: data)
            assertReadError("local header's method, sizes or CRC disagree") { try reader.contents(ofEntryNamed: "a.txt") }
        }
        // With a data descriptor (flag bit 3) the local sizes and CRC may be zero.
        var described = good
        described[6] |= 0x08
        described.replaceSubrange(14 ..< 26, with: [UInt8](repeating: 0, count: 12))
        XCTAssertEqual(try ZipReader(data: described).contents(ofEntryNamed: "a.txt"), Array("<x/>".utf8))
    }
}
