import Foundation
import XCTest
@testable import QiyueDocuments

/// Markdown → HTML (our writer) → document (our reader) must print as the Markdown does.
final class HTMLRoundTripTests: XCTestCase {
    func testMarkdownToHTMLToTextEqualsMarkdownToText() throws {
        for name in DocxRoundTripTests.corpus {
            let source = String(decoding: try ReaderFixtures.data("roundtrip/\(name).md"), as: UTF8.self)
            let document = MarkdownReader(baseDirectory: TestSupportDirectory.fixtures, fileName: name + ".md").read(source).document
            let html = try HTMLWriter().write(document)
            let read = try HTMLReader().read(Data(html.utf8))
            XCTAssertEqual(PlainTextWriter().write(read.document), PlainTextWriter().write(document), name)
        }
    }
}
