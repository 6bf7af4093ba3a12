import Foundation
import QiyueDocuments
import QiyueTestSupport
import XCTest

/// `qiyue convert` end to end: the built binary, exact stdout, stderr and exit status, and
/// output files compared byte for byte with the library writers.
final class ConvertCommandTests: ScratchDirectoryTestCase {
    private let markdown = "# 投资协议\n\n第一条　甲方 **应当** 按期付款。\n（一）首期；\n\n| 项目 | 金额 |\n| --- | ---: |\n| 土地 | 100 |\n"

    override func setUpWithError() throws {
        try super.setUpWithError()
        try markdown.write(to: directory.appendingPathComponent("协议.md"), atomically: true, encoding: .utf8)
    }

    private var document: Document {
        MarkdownReader(baseDirectory: directory).read(markdown).document
    }

    func testMarkdownToPlainTextOnStandardOutput() throws {
        XCTAssertEqual(try run(["convert", "协议.md", "-"]), .init(status: 0, stdout: """
        投资协议

        第一条　甲方 应当 按期付款。
        （一）首期；

        项目 | 金额
        土地 | 100

        """, stderr: ""))
    }

    func testStandardInputToMarkdown() throws {
        XCTAssertEqual(try run(["convert", "-", "-", "--to", "md"], stdin: "第二条 内容\n\n\\pagebreak\n"),
                       .init(status: 0, stdout: "第二条　内容\n\n\\pagebreak\n", stderr: ""))
    }

    func testWritesDocxIdenticalToTheLibraryWriter() throws {
        XCTAssertEqual(try run(["convert", "协议.md", "协议.docx"]), .init(status: 0, stdout: "", stderr: ""))
        XCTAssertEqual(try contents("协议.docx"), try DocxWriter().write(document))
    }

    func testOfficialStyle() throws {
        XCTAssertEqual(try run(["convert", "协议.md", "公文.docx", "--style", "official"]), .init(status: 0, stdout: "", stderr: ""))
        XCTAssertEqual(try contents("公文.docx"), try DocxWriter(style: .officialDocument).write(document))
        XCTAssertNotEqual(try contents("公文.docx"), try DocxWriter().write(document))
    }

    func testWritesHTMLAndTitleOption() throws {
        XCTAssertEqual(try run(["convert", "协议.md", "协议.html", "--title", "另一个标题"]), .init(status: 0, stdout: "", stderr: ""))
        var titled = document
        titled.metadata.title = "另一个标题"
        XCTAssertEqual(String(decoding: try contents("协议.html"), as: UTF8.self), try HTMLWriter().write(titled))
    }

    func testMissingPictureIsAWarningNotAFailure() throws {
        try "正文\n\n![区位图](缺失.png)\n".write(to: directory.appendingPathComponent("图.md"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["convert", "图.md", "-"]), .init(status: 0, stdout: "正文\n\n![区位图](缺失.png)\n", stderr: """
        图.md:3:1: 警告: 图片“缺失.png”不在文档所在目录内、不存在或无法读取，按原文保留
        ![区位图](缺失.png)
        ^~~~~~~~~~~~~~~~~~~

        """))
    }

    func testMissingInputFile() throws {
        XCTAssertEqual(try run(["convert", "没有.md", "out.docx"]), .init(status: 2, stdout: "", stderr: "错误: 无法读取 没有.md：文件不存在或不可读\n"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.docx").path))
    }

    func testUnknownOutputFormat() throws {
        XCTAssertEqual(try run(["convert", "协议.md", "协议.pdf"]), .init(status: 2, stdout: "", stderr: "qiyue: 错误: 无法识别输出格式：协议.pdf；可写出的格式：.docx .html .md .txt\n运行“qiyue convert --help”查看用法。\n"))
    }

    func testDocxIsNeverWrittenToStandardOutput() throws {
        XCTAssertEqual(try run(["--lang", "en", "convert", "协议.md", "-", "--to", "docx"]), .init(status: 2, stdout: "", stderr: "qiyue: error: DOCX is binary and cannot be written to standard output; name a .docx file\nRun 'qiyue convert --help' for usage.\n"))
    }

    func testRefusesToOverwriteTheInput() throws {
        XCTAssertEqual(try run(["convert", "协议.md", "./协议.md"]), .init(status: 2, stdout: "", stderr: "qiyue: 错误: 输出文件与输入文件相同：./协议.md；不会覆盖输入\n运行“qiyue convert --help”查看用法。\n"))
        XCTAssertEqual(String(decoding: try contents("协议.md"), as: UTF8.self), markdown)
    }

    func testInvalidStyleAndMissingArguments() throws {
        XCTAssertEqual(try run(["convert", "协议.md", "a.docx", "--style", "fancy"]).stderr, "qiyue: 错误: 选项“--style”的取值“fancy”无效，应为 standard|official\n运行“qiyue convert --help”查看用法。\n")
        XCTAssertEqual(try run(["convert", "协议.md"]), .init(status: 2, stdout: "", stderr: "qiyue: 错误: 缺少参数 OUT\n运行“qiyue convert --help”查看用法。\n"))
    }

    func testMissingOutputDirectory() throws {
        XCTAssertEqual(try run(["--lang", "en", "convert", "协议.md", "nowhere/a.docx"]), .init(status: 2, stdout: "", stderr: "error: cannot write nowhere/a.docx: directory nowhere does not exist\n"))
    }

    func testExistingOutputIsReplacedWholeAndNoTemporaryFilesRemain() throws {
        try Data(repeating: 0x41, count: 1 << 20).write(to: directory.appendingPathComponent("协议.txt"))
        XCTAssertEqual(try run(["convert", "协议.md", "协议.txt"]).status, 0)
        XCTAssertEqual(String(decoding: try contents("协议.txt"), as: UTF8.self), PlainTextWriter().write(document))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        XCTAssertEqual(names, ["协议.md", "协议.txt"])
    }
}
