import Foundation
import XCTest
@testable import QiyueDocuments

/// The HTML writer is bounded like the Word writer: a page past its limit is refused with an
/// `OutputLimitError`, and the body stops at the first block that crosses the limit.
final class HTMLWriterLimitsTests: XCTestCase {
    private func document(paragraphs: Int) -> Document {
        // `&` and `<` are written as entities: the page is several times its text.
        Document(metadata: DocumentMetadata(title: "协议"), blocks: (0 ..< paragraphs).map { .paragraph([.text("甲方&乙方<\($0)>")]) })
    }

    func testThePageMayBeExactlyAsLargeAsTheLimit() throws {
        let page = try HTMLWriter().write(document(paragraphs: 50))
        var writer = HTMLWriter()
        writer.maximumBytes = page.utf8.count
        XCTAssertEqual(try writer.write(document(paragraphs: 50)), page)
        writer.maximumBytes = page.utf8.count - 1
        XCTAssertThrowsError(try writer.write(document(paragraphs: 50))) { error in
            XCTAssertEqual(error as? OutputLimitError, OutputLimitError(format: "HTML", limit: page.utf8.count - 1))
        }
    }

    func testTheBodyStopsAtTheFirstBlockPastTheLimit() {
        var body = HTMLBodyWriter()
        body.maximumBytes = 1_000
        body.write(document(paragraphs: 200_000).blocks)
        XCTAssertTrue(body.isFull)
        // One paragraph is about 50 bytes: the writer went one block past the limit, not through 200,000.
        XCTAssertLessThan(body.html.utf8.count, 1_100)
    }

    func testTheMessageSaysWhatAndHowMuch() {
        let error = OutputLimitError(format: "HTML", limit: 128 << 20)
        XCTAssertEqual(error.message.zh, "文档过大：写出的 HTML 将超过 128 MiB，未写入；请拆分文档")
        XCTAssertEqual(error.message.en, "the document is too large: the HTML written would exceed 128 MiB; nothing written; split the document")
        XCTAssertEqual(OutputLimitError(format: "HTML", limit: 2_000).message.zh, "文档过大：写出的 HTML 将超过 2000 字节，未写入；请拆分文档")
        XCTAssertEqual(DocumentLimits.maximumHTMLBytes, 128 << 20)
    }
}
