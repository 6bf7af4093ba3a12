import Foundation
import QiyueTestSupport
import XCTest

/// `qiyue convert` with Word and HTML input: exact output, and exact errors for hostile files.
final class ConvertDocumentInputTests: ScratchDirectoryTestCase {
    private let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    func testConvertsLibreOfficeDocxToText() throws {
        let result = try QiyueProcess.run(["convert", "libreoffice-agreement.docx", "-"], currentDirectory: fixtures)
        XCTAssertEqual(result, .init(status: 0, stdout: """
        投资合作协议

        第一条\u{3000}合作内容
        （一）建设生产基地。
        （二）设立研发中心。

        第二条\u{3000}优惠政策

        甲方承诺依法提供政务服务。

        合同金额见下表。

        费用合计 | 备注
        甲       | 100  | 分期
        乙       | 200  |

        """, stderr: ""))
    }

    func testConvertsHTMLToMarkdown() throws {
        try "<h1>协议</h1><p>第一条 甲方<b>应当</b>依法办理。</p><ul><li>一<li>二</ul>".write(to: directory.appendingPathComponent("in.html"), atomically: true, encoding: .utf8)
        let result = try run(["convert", "in.html", "out.md"])
        XCTAssertEqual(result, .init(status: 0, stdout: "", stderr: ""))
        let markdown = try String(contentsOf: directory.appendingPathComponent("out.md"), encoding: .utf8)
        XCTAssertTrue(markdown.hasPrefix("# 协议\n"), markdown)
        XCTAssertTrue(markdown.contains("**应当**"), markdown)
    }

    func testHostileDocxIsRefusedWithExitStatusTwo() throws {
        let result = try QiyueProcess.run(["convert", "billion-laughs.docx", "-"], currentDirectory: fixtures)
        XCTAssertEqual(result, .init(status: 2, stdout: "", stderr: "billion-laughs.docx:1:1: 错误: 无法读取文档：word/document.xml:1:22: XML 含有 DOCTYPE 或 ENTITY 声明；Office 文档从不包含它们，为防止外部实体（XXE）和实体膨胀攻击，拒绝读取\n"))
        let english = try QiyueProcess.run(["--lang", "en", "convert", "billion-laughs.docx", "-"], currentDirectory: fixtures)
        XCTAssertEqual(english.status, 2)
        XCTAssertEqual(english.stderr, "billion-laughs.docx:1:1: error: cannot read the document: word/document.xml:1:22: the XML contains a DOCTYPE or ENTITY declaration; Office documents never do, so it is refused to rule out external-entity (XXE) and entity-expansion attacks\n")
    }
}
