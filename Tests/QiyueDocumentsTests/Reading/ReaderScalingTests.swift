import Foundation
import QiyueCore
import XCTest
@testable import QiyueDocuments

/// Shapes that once made a reader quadratic (a value bound to a variable kept a second
/// reference to a growing array, so every append copied it; columns were counted from the
/// start of a very long line). Each must stay linear: 20,000 repetitions in well under the
/// bound even in a debug build, where a quadratic version takes minutes.
final class ReaderScalingTests: XCTestCase {
    func testManyItemsUnderOneArticle() throws {
        let body = "<w:p><w:r><w:t>第一条 总则</w:t></w:r></w:p>" + String(repeating: "<w:p><w:r><w:t>（一）项</w:t></w:r></w:p>", count: 20_000)
        let data = TestArchive.docx(documentXML: TestArchive.body(body))
        var blocks: [Block] = []
        assertFast(within: 5) { blocks = (try? DocxReader().read(data).document.blocks) ?? [] }
        guard case let .clause(label, _, children)? = blocks.first else { return XCTFail("\(blocks.prefix(1))") }
        XCTAssertEqual(label, "第一条")
        XCTAssertEqual(children.count, 20_000)
    }

    func testManyItemsUnderOneMarkdownArticle() throws {
        let markdown = "第一条 总则\n\n" + (1 ... 40_000).map { "（一）第\($0)项\n" }.joined(separator: "\n")
        var blocks: [Block] = []
        assertFast(within: 4) { blocks = MarkdownReader().read(markdown).document.blocks }
        XCTAssertEqual(blocks.count, 1)
        guard case let .clause(label, _, children)? = blocks.first else { return XCTFail("\(blocks.prefix(1))") }
        XCTAssertEqual(label, "第一条")
        XCTAssertEqual(children.count, 40_000)
        guard case let .clause(lastLabel, lastContent, _)? = children.last else { return XCTFail("\(children.suffix(1))") }
        XCTAssertEqual(lastLabel, "（一）")
        XCTAssertEqual(lastContent.plainText, "第40000项")
    }

    func testManyUnclosedParagraphsOnOneLine() throws {
        let html = Data(String(repeating: "<p>甲", count: 20_000).utf8)
        var origins: [LineOrigin] = []
        assertFast(within: 5) { origins = (try? HTMLReader().read(html).text.origins) ?? [] }
        XCTAssertEqual(origins.count, 20_000)
        XCTAssertEqual(origins.last, LineOrigin(line: 1, column: 19_999 * 4 + 4))
    }

    func testManyInlineElementsInOneParagraph() throws {
        let html = Data(("<p>" + String(repeating: "<span>甲</span><b>乙</b>", count: 10_000) + "</p>").utf8)
        var text = ""
        assertFast(within: 5) { text = (try? HTMLReader().read(html).text.text) ?? "" }
        XCTAssertEqual(text, String(repeating: "甲乙", count: 10_000))
    }

    func testManyStrayEndTags() throws {
        let html = Data((String(repeating: "<div>", count: 500) + "正文" + String(repeating: "</x>", count: 100_000)).utf8)
        var text = ""
        assertFast(within: 5) { text = (try? HTMLReader().read(html).text.text) ?? "" }
        XCTAssertEqual(text, "正文")
    }
}
