import Foundation
import QiyueTestSupport
import XCTest
@testable import QiyueDocuments

/// A draft from elsewhere may embed only pictures inside its own directory: absolute paths,
/// climbs out and links leading out stay text, with one warning that says nothing about
/// whether the file exists.
final class MarkdownImageSandboxTests: XCTestCase {
    private var root: URL!
    private var png: Data!

    override func setUpWithError() throws {
        root = try TestSupport.temporaryDirectory()
        png = try Fixtures.data("site-plan.png")
        let files = FileManager.default
        try files.createDirectory(at: root.appendingPathComponent("draft/images"), withIntermediateDirectories: true)
        try files.createDirectory(at: root.appendingPathComponent("secret"), withIntermediateDirectories: true)
        try png.write(to: root.appendingPathComponent("secret/id.png"))
        try png.write(to: root.appendingPathComponent("draft/images/plan.png"))
        try files.createSymbolicLink(atPath: root.appendingPathComponent("draft/link.png").path, withDestinationPath: "../secret/id.png")
        try files.createSymbolicLink(atPath: root.appendingPathComponent("draft/dangling.png").path, withDestinationPath: "../secret/none.png")
        try files.createSymbolicLink(atPath: root.appendingPathComponent("draft/inner.png").path, withDestinationPath: "images/plan.png")
        mkfifo(root.appendingPathComponent("draft/pipe.png").path, 0o600)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func read(_ source: String) -> MarkdownReadResult {
        MarkdownReader(baseDirectory: root.appendingPathComponent("draft"), fileName: "d.md", language: .en).read("![x](\(source))")
    }

    private func warning(_ source: String) -> String {
        "d.md:1:1: warning: image '\(source)' is not a readable file inside the document's directory; kept as text"
    }

    func testPathsLeavingTheDirectoryAreNeverRead() {
        let secret = root.appendingPathComponent("secret/id.png").path
        let outside = [secret, "../secret/id.png", "images/../../secret/id.png", "%2E%2E/secret/id.png", "link.png",
                       root.appendingPathComponent("secret/none.png").path, "../secret/none.png", "dangling.png", "pipe.png", "images"]
        for source in outside {
            let result = read(source)
            XCTAssertEqual(result.document.blocks, [.paragraph([.text("![x](\(source))")])], source)
            XCTAssertEqual(result.diagnostics.map(\.description), [warning(source)], source)
            XCTAssertFalse(try HTMLWriter().write(result.document).contains("base64"), source)
        }
    }

    func testPicturesInsideTheDirectoryAreEmbedded() throws {
        for source in ["images/plan.png", "./images/plan.png", "inner.png", "images/%70lan.png"] {
            let result = read(source)
            XCTAssertEqual(result.document.blocks, [.image(Image(data: png, format: .png, altText: "x"))], source)
            XCTAssertEqual(result.diagnostics, [], source)
        }
        let docx = try ZipReader(data: try DocxWriter().write(read("images/plan.png").document))
        XCTAssertEqual(try docx.contents(ofEntryNamed: "word/media/image1.png").map { Data($0) }, png)
    }
}
