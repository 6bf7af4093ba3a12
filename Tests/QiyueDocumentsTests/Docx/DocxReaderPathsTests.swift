import XCTest
@testable import QiyueDocuments

/// The reader's two ways through a document must agree: review text alone (`readText`) and
/// text with the model; and the model built on a second thread and on the reading thread.
final class DocxReaderPathsTests: XCTestCase {
    private func documents() throws -> [(String, Data)] {
        var result = try ["python-docx-agreement", "libreoffice-agreement"].map { ($0, try ReaderFixtures.data("docx/\($0).docx")) }
        for name in DocxRoundTripTests.corpus {
            let source = String(decoding: try ReaderFixtures.data("roundtrip/\(name).md"), as: UTF8.self)
            let document = MarkdownReader(baseDirectory: TestSupportDirectory.fixtures.appendingPathComponent("roundtrip")).read(source).document
            result.append((name, try DocxWriter(style: .standard).write(document)))
        }
        return result
    }

    func testReviewTextAloneEqualsTheTextReadWithTheModel() throws {
        for (name, data) in try documents() {
            XCTAssertEqual(try DocxReader().readText(data), try DocxReader().read(data).text, name)
            let withDeleted = DocxReader(options: DocxReaderOptions(includeDeletedText: true))
            XCTAssertEqual(try withDeleted.readText(data), try withDeleted.read(data).text, name)
        }
    }

    func testModelBuiltOnASecondThreadEqualsTheOneBuiltInline() throws {
        var concurrent = DocxReader()
        concurrent.concurrentModelThreshold = 0
        var inline = DocxReader()
        inline.concurrentModelThreshold = .max
        for (name, data) in try documents() {
            XCTAssertEqual(try concurrent.read(data), try inline.read(data), name)
        }
    }

    /// More paragraphs than one hand-over batch, so several batches cross between the threads in order.
    func testManyParagraphsCrossTheThreadsInOrder() throws {
        let blocks = (1 ... 5_000).map { Block.paragraph([.text("第\($0)段的文字。")]) }
        let data = try DocxWriter(style: .standard).write(Document(blocks: blocks))
        var concurrent = DocxReader()
        concurrent.concurrentModelThreshold = 0
        let read = try concurrent.read(data)
        XCTAssertEqual(read.document.blocks, blocks)
        XCTAssertEqual(read.text.text.split(separator: "\n").prefix(5_000).last, "第5000段的文字。")
    }
}
