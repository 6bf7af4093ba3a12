import Foundation
import QiyueDocuments
import QiyueTestSupport
import XCTest

/// `qiyue convert` and document metadata end to end: a Markdown metadata block and the
/// `--title/--subject/--author/--date/--language` options reach DOCX `docProps/core.xml`
/// and the HTML `<head>`, options win, and bad values are reported exactly.
final class ConvertMetadataTests: ScratchDirectoryTestCase {
    private let markdown = "---\ntitle: 普洱咖啡项目投资协议\nsubject: \"普洱咖啡项目\"\n作者：普洱市思茅区人民政府\n日期：2025年3月8日\n---\n# 投资协议\n\n第一条　甲方应当按期交付土地。\n"

    override func setUpWithError() throws {
        try super.setUpWithError()
        try markdown.write(to: directory.appendingPathComponent("协议.md"), atomically: true, encoding: .utf8)
    }

    /// The properties after the namespace declarations of the `core.xml` in `name`.
    private func coreProperties(_ name: String) throws -> String {
        let archive = try ZipReader(data: Data(contentsOf: directory.appendingPathComponent(name)))
        let core = String(decoding: try XCTUnwrap(try archive.contents(ofEntryNamed: "docProps/core.xml")), as: UTF8.self)
        let start = try XCTUnwrap(core.range(of: "XMLSchema-instance\">")).upperBound
        return String(core[start...])
    }

    func testFrontMatterReachesTheDocxCoreProperties() throws {
        XCTAssertEqual(try run(["convert", "协议.md", "协议.docx"]), .init(status: 0, stdout: "", stderr: ""))
        XCTAssertEqual(try coreProperties("协议.docx"), """
        <dc:title>普洱咖啡项目投资协议</dc:title><dc:subject>普洱咖啡项目</dc:subject><dc:creator>普洱市思茅区人民政府</dc:creator>\
        <dc:language>zh-CN</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">2025-03-08T00:00:00Z</dcterms:created>\
        <dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-08T00:00:00Z</dcterms:modified></cp:coreProperties>
        """)
    }

    func testOptionsOverrideTheFrontMatter() throws {
        let result = try run(["convert", "协议.md", "协议.docx", "--title", "Agreement", "--subject", "Coffee", "--author", "Simao District",
                              "--date", "2025年4月1日", "--language", "en"])
        XCTAssertEqual(result, .init(status: 0, stdout: "", stderr: ""))
        XCTAssertEqual(try coreProperties("协议.docx"), """
        <dc:title>Agreement</dc:title><dc:subject>Coffee</dc:subject><dc:creator>Simao District</dc:creator>\
        <dc:language>en</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">2025-04-01T00:00:00Z</dcterms:created>\
        <dcterms:modified xsi:type="dcterms:W3CDTF">2025-04-01T00:00:00Z</dcterms:modified></cp:coreProperties>
        """)
    }

    func testHTMLHeadCarriesTheMetadataAndTheBodyLacksTheBlock() throws {
        XCTAssertEqual(try run(["convert", "协议.md", "协议.html", "--language", "zh-Hans-CN"]), .init(status: 0, stdout: "", stderr: ""))
        let html = String(decoding: try Data(contentsOf: directory.appendingPathComponent("协议.html")), as: UTF8.self)
        XCTAssertTrue(html.hasPrefix("""
        <!DOCTYPE html>
        <html lang="zh-Hans-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Qiyue">
        <title>普洱咖啡项目投资协议</title>
        <meta name="author" content="普洱市思茅区人民政府">
        <meta name="description" content="普洱咖啡项目">
        <meta name="date" content="2025-03-08">

        """), html)
        XCTAssertFalse(html.contains("作者"), "the metadata block is not body text")
        XCTAssertEqual(try run(["convert", "协议.md", "-"]), .init(status: 0, stdout: "投资协议\n\n第一条　甲方应当按期交付土地。\n", stderr: ""))
    }

    func testAWarningPointsAtTheUsersLineAndColumn() throws {
        try "---\ntitle: 协议\ndate: 2025-02-30\n---\n正文\n".write(to: directory.appendingPathComponent("日期.md"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["convert", "日期.md", "-"]), .init(status: 0, stdout: "正文\n", stderr: """
        日期.md:3:7: 警告: 日期“2025-02-30”无效：应写作 2025-03-08 或 2025年3月8日，已忽略
        date: 2025-02-30
              ^~~~~~~~~~

        """))
        XCTAssertEqual(try run(["convert", "日期.md", "-", "--lang", "en"]).stderr, """
        日期.md:3:7: warning: invalid date '2025-02-30': write 2025-03-08 or 2025年3月8日; ignored
        date: 2025-02-30
              ^~~~~~~~~~

        """)
    }

    func testAnUnclosedBlockIsKeptAsTextWithAWarning() throws {
        try "---\ntitle: 协议\n".write(to: directory.appendingPathComponent("未闭合.md"), atomically: true, encoding: .utf8)
        // The text is kept; the leading break is written `***` so the output cannot open a block.
        XCTAssertEqual(try run(["convert", "未闭合.md", "-", "--to", "md"]), .init(status: 0, stdout: "***\n\ntitle: 协议\n", stderr: """
        未闭合.md:1:1: 警告: 元数据块没有以“---”行结束，按正文保留
        ---
        ^~~

        """))
    }

    func testInvalidOptionValuesAreUsageErrors() throws {
        XCTAssertEqual(try run(["convert", "协议.md", "-", "--date", "2025-3-8"]), .init(status: 2, stdout: "", stderr: """
        qiyue: 错误: 选项“--date”的取值“2025-3-8”无效，应为 YYYY-MM-DD|YYYY年M月D日
        运行“qiyue convert --help”查看用法。

        """))
        XCTAssertEqual(try run(["convert", "协议.md", "-", "--language", "中文", "--lang", "en"]), .init(status: 2, stdout: "", stderr: """
        qiyue: error: invalid value '中文' for option '--language'; expected BCP 47 (zh-CN, en)
        Run 'qiyue convert --help' for usage.

        """))
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("-").path))
    }
}
