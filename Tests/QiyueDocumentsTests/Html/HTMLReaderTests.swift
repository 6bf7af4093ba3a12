import Foundation
import QiyueCore
import XCTest
@testable import QiyueDocuments

final class HTMLReaderTests: XCTestCase {
    private func located(_ text: ExtractedText) -> [String] {
        zip(text.text.split(separator: "\n", omittingEmptySubsequences: false), text.origins).map { "\($1.line):\($1.column) \($0)" }
    }

    func testBlocksBecomeLinesAtTheirSourcePositions() throws {
        let result = try HTMLReader().read(ReaderFixtures.data("html/agreement.html"))
        XCTAssertEqual(located(result.text), [
            "11:5 投资合作协议",
            "13:4 甲方：某某县人民政府\u{00A0}（以下简称“甲方”）",
            "14:4 本协议依据《中华人民共和国民法典》订立—双方平等协商。",
            "16:1 第二行一链接",
            "18:7 第一项",
            "19:7 第二项 <重要>",
            "22:18 项目",
            "22:29 金额",
            "23:23 合计 100 万元",
            "25:6 容器中的文字",
            "25:15 段落",
        ])
    }

    func testDocumentModelAndMetadata() throws {
        let document = try HTMLReader().read(ReaderFixtures.data("html/agreement.html")).document
        XCTAssertEqual(document.metadata.title, "投资合作协议 & 附件")
        XCTAssertEqual(document.metadata.author, "某某县投资促进局")
        XCTAssertEqual(document.metadata.language, "zh-CN")
        XCTAssertEqual(document.blocks[0], .heading(level: 1, content: [.text("投资合作协议")]))
        XCTAssertEqual(document.blocks[2], .paragraph([
            .text("本协议依据《中华人民共和国民法典》订立—双方"), .bold([.text("平等")]), .text("协商。"), .lineBreak,
            .text("第二行一"), .link(url: "https://www.yn.gov.cn/", content: [.text("链接")]),
        ]))
        XCTAssertEqual(document.blocks[3], .list(ordered: false, start: 1, items: [[.paragraph([.text("第一项")])], [.paragraph([.text("第二项 <重要>")])]]))
        guard case let .table(table) = document.blocks[4] else { return XCTFail("\(document.blocks[4])") }
        XCTAssertEqual(table.headerRowCount, 1)
        XCTAssertEqual(table.rows.map { $0.map(\.columnSpan) }, [[1, 1], [2]])
        XCTAssertEqual(document.blocks[5...], [.paragraph([.text("容器中的文字")]), .paragraph([.text("段落")])])
    }

    func testScriptsStylesCommentsAndDeclarationsNeverReachTheText() throws {
        let text = try HTMLReader().read(ReaderFixtures.data("html/agreement.html")).text.text
        for hidden in ["脚本内容", "text-indent", "税收返还", "DOCTYPE"] { XCTAssertFalse(text.contains(hidden), hidden) }
    }

    func testDeclaredEntitiesAreNeverExpandedOrLoaded() throws {
        let directory = try TestSupportDirectory.make()
        defer { try? FileManager.default.removeItem(at: directory) }
        let secret = directory.appendingPathComponent("secret.txt")
        try "TOP-SECRET-4711".write(to: secret, atomically: true, encoding: .utf8)
        let html = """
        <!DOCTYPE html [<!ENTITY xxe SYSTEM "\(secret.absoluteString)"><!ENTITY lol "lol&lol;">]>
        <p>甲&xxe;乙&lol;</p>
        """
        let result = try HTMLReader().read(Data(html.utf8))
        XCTAssertEqual(result.text.text, "甲&xxe;乙&lol;")
    }

    func testDeepNestingIsRefusedQuickly() {
        let html = String(repeating: "<div>", count: 10_000) + "文字"
        assertFast(within: 1) {
            assertReadError("nested more than 512 deep") { try HTMLReader().read(Data(html.utf8)) }
        }
    }

    func testInvalidUTF8IsRefusedWithItsPosition() {
        var bytes = Array("<p>第一段</p>\n<p>".utf8)
        bytes += [0xB5, 0xDA]
        let error = assertReadError("is not valid UTF-8 and declares no GBK/GB2312/GB18030 charset") { try HTMLReader().read(Data(bytes)) }
        XCTAssertEqual(error?.line, 2)
        XCTAssertEqual(error?.column, 4)
    }

    func testGBKPagesThatDeclareTheirCharsetAreDecoded() throws {
        // "<p>合同</p>" with 合同 in GBK (BA CF CD AC), after a meta declaration on line 1.
        let bytes = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\">\n<p>".utf8)
            + [0xBA, 0xCF, 0xCD, 0xAC] + Array("</p>".utf8)
        let read = try HTMLReader().read(Data(bytes))
        XCTAssertEqual(read.text.text, "合同")
        XCTAssertEqual(read.text.origins, [LineOrigin(line: 2, column: 4)])
    }
}
