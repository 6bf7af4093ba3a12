import Foundation
import XCTest
@testable import QiyueDocuments

/// A brochure's cover written as HTML or Word and read back is the cover the Markdown gave:
/// the same title and subtitle lines, the same lines below, and the same picture, so that
/// `qiyue convert brochure.html brochure.md` keeps the cover picture as Markdown → Markdown does.
final class CoverRoundTripTests: XCTestCase {
    private static let markdown = """
        {.cover}
        普洱咖啡精深加工项目<br>Pu'er Coffee Deep Processing Project
        项目推介<br>Investment Opportunity
        ![普洱咖啡精深加工项目](site-plan.png)
        普洱市思茅区普洱工业园区
        普洱市投资促进局

        ## 项目概况

        建设咖啡精深加工生产线。

        """

    private struct NotACover: Error { let block: Block }

    private static func cover(of document: Document) throws -> (block: Block, picture: Image) {
        let block = try XCTUnwrap(document.blocks.first)
        guard case let .titlePage(_, _, _, cover?) = block else { throw NotACover(block: block) }
        return (block, try XCTUnwrap(cover.picture, "the cover has no picture"))
    }

    private func written() throws -> Document {
        let document = MarkdownReader(baseDirectory: Fixtures.corpus, fileName: "b.md").read(Self.markdown).document
        XCTAssertEqual(try Self.cover(of: document).picture.data, try Fixtures.data("site-plan.png"))
        return document
    }

    func testTheHTMLCoverReadsBackWithItsPicture() throws {
        let document = try written()
        let page = try HTMLWriter().write(document)
        let read = try HTMLReader().read(Data(page.utf8)).document
        XCTAssertEqual(try Self.cover(of: read).block, try Self.cover(of: document).block)
        XCTAssertEqual(read.blocks.dropFirst().first, document.blocks.dropFirst().first)
    }

    func testTheWordCoverReadsBackWithItsPicture() throws {
        let document = try written()
        let read = try DocxReader().read(try DocxWriter(style: .brochure).write(document)).document
        XCTAssertEqual(try Self.cover(of: read).block, try Self.cover(of: document).block)
    }

    /// On a cover without a picture the key figures stand at its foot, inside the page's
    /// header; read back they follow the cover as the key-figures panel they were.
    func testTheKeyFiguresOnAPicturelessHTMLCoverFollowIt() throws {
        let markdown = "{.cover}\n普洱咖啡项目\n项目推介\n\n{.figures}\n| 总投资 | 用地 |\n| --- | --- |\n| 5 亿元 | 120 亩 |\n"
        let document = MarkdownReader(fileName: "b.md").read(markdown).document
        let read = try HTMLReader().read(Data(try HTMLWriter().write(document).utf8)).document
        XCTAssertEqual(read.blocks.first, document.blocks.first)
        guard case let .table(table)? = read.blocks.dropFirst().first else { return XCTFail("no table after the cover: \(read.blocks)") }
        XCTAssertTrue(table.isKeyFigures)
        XCTAssertEqual(table.rows.map { $0.map(\.content.plainText) }, [["总投资", "用地"], ["5 亿元", "120 亩"]])
    }

    /// A header the writer did not make keeps every word in the review text and the model.
    func testAHeaderWithOtherContentIsReadAsAContainer() throws {
        let page = "<header class=\"title-page\"><h1>协议</h1>甲方承诺返还土地出让金。<span>乙方</span></header>"
        let read = try HTMLReader().read(Data(page.utf8))
        XCTAssertEqual(read.text.text, "协议\n甲方承诺返还土地出让金。乙方")
        XCTAssertEqual(read.document.blocks.count, 2)
    }
}
