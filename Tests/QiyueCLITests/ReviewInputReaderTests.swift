import QiyueDocuments
import Foundation
import QiyueCore
import XCTest
@testable import QiyueCLI

final class ReviewInputReaderTests: XCTestCase {
    private func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name))
    }

    func testDispatchesDocxToTheDocxReader() throws {
        let text = try ReviewInputReader.extract(path: "协议.docx", data: fixture("libreoffice-agreement.docx"))
        XCTAssertEqual(text.text.split(separator: "\n").prefix(2), ["投资合作协议", "第一条合作内容"])
        XCTAssertEqual(text.originalPosition(line: 2, column: 4).label, "第2段（第一条）")
        let withDeleted = try ReviewInputReader.extract(path: "协议.DOCX", data: fixture("libreoffice-agreement.docx"), includeDeletedText: true)
        XCTAssertTrue(withDeleted.text.contains("〔删除：给予税收返还〕"))
    }

    func testMarkdownKeepsLinesAndBlanksComments() throws {
        let text = try ReviewInputReader.extract(path: "a.md", data: Data("第一条\n<!--x-->甲方".utf8))
        XCTAssertEqual(text.text, "第一条\n        甲方")
        XCTAssertTrue(text.origins.isEmpty)
    }

    func testHTMLLinesMapToSourceLines() throws {
        let text = try ReviewInputReader.extract(path: "a.HTM", data: Data("<h1>标题</h1>\n<p>第一条 内容</p>".utf8))
        XCTAssertEqual(text.text, "标题\n第一条 内容")
        XCTAssertEqual(text.originalPosition(line: 2, column: 5).line, 2)
        XCTAssertEqual(text.originalPosition(line: 2, column: 5).column, 8)
    }

    func testPlainTextPassesThrough() throws {
        XCTAssertEqual(try ReviewInputReader.extract(path: "a.txt", data: Data("<!--x-->".utf8)).text, "<!--x-->")
    }

    func testUnreadableDocxBecomesDiagnosticNamingTheFile() throws {
        for (language, message) in [
            (Language.zh, "无法读取文档：word/document.xml:1:22: XML 含有 DOCTYPE 或 ENTITY 声明；Office 文档从不包含它们，为防止外部实体（XXE）和实体膨胀攻击，拒绝读取"),
            (.en, "cannot read the document: word/document.xml:1:22: the XML contains a DOCTYPE or ENTITY declaration; Office documents never do, so it is refused to rule out external-entity (XXE) and entity-expansion attacks"),
        ] {
            XCTAssertThrowsError(try ReviewInputReader.extract(path: "bad.docx", data: fixture("billion-laughs.docx"), language: language)) { error in
                let diagnostic = error as? Diagnostic
                XCTAssertEqual(diagnostic?.location, SourceLocation(file: "bad.docx", line: 1, column: 1))
                XCTAssertEqual(diagnostic?.severity, .error)
                XCTAssertEqual(diagnostic?.message, message)
            }
        }
    }

    func testUnreadableHTMLPointsAtTheBadByte() {
        var bytes = Array("<p>一</p>\n<p>".utf8)
        bytes += [0xFF]
        XCTAssertThrowsError(try ReviewInputReader.extract(path: "页.html", data: Data(bytes), language: .en)) { error in
            let diagnostic = error as? Diagnostic
            XCTAssertEqual(diagnostic?.location, SourceLocation(file: "页.html", line: 2, column: 4))
            XCTAssertEqual(diagnostic?.message, "cannot read the document: the HTML file is not valid UTF-8 and declares no GBK/GB2312/GB18030 charset; save it as UTF-8 first")
        }
    }

    func testReviewableExtensionsIncludeDocuments() {
        XCTAssertTrue(ReviewInputReader.reviewableExtensions.isSuperset(of: ["docx", "html", "htm", "md", "markdown", "txt"]))
    }
}
