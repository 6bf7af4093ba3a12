import Foundation
import QiyueTestSupport
import XCTest
@testable import QiyueCLI

/// Every command that writes HTML (convert, the review opinion, the brochure) refuses a page
/// past the HTML limit with a located error and exit 2, and writes nothing. The limit is
/// lowered in-process, so the refusal is seen without writing 128 MiB.
final class HTMLOutputLimitTests: ScratchDirectoryTestCase {
    final class Capture: @unchecked Sendable {
        var out = ""
        var err = ""
    }

    private func run(_ arguments: [String], limit: Int) -> (status: Int32, out: String, err: String) {
        let capture = Capture()
        let context = CommandContext(writeOut: { capture.out += $0 }, writeErr: { capture.err += $0 })
        context.maximumHTMLBytes = limit
        let previous = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(directory.path)
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        let status = CommandLineTool().run(arguments, context: context)
        return (status, capture.out, capture.err)
    }

    func testConvertRefusesAPagePastTheLimit() throws {
        try write("协议.md", "# 协议\n\n甲方&乙方约定如下。\n")
        let refused = run(["convert", "协议.md", "协议.html"], limit: 500)
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(refused.out, "")
        XCTAssertEqual(refused.err, "协议.md:1:1: 错误: 文档过大：写出的 HTML 将超过 500 字节，未写入；请拆分文档\n")
        XCTAssertFalse(exists("协议.html"))
        let english = run(["convert", "--lang", "en", "--to", "html", "协议.md", "-"], limit: 500)
        XCTAssertEqual(english.status, 2)
        XCTAssertEqual(english.out, "")
        XCTAssertEqual(english.err, "协议.md:1:1: error: the document is too large: the HTML written would exceed 500 bytes; nothing written; split the document\n")
        // Under the ordinary limit the same page is written.
        XCTAssertEqual(run(["convert", "协议.md", "协议.html"], limit: 128 << 20).status, 0)
        XCTAssertTrue(exists("协议.html"))
    }

    func testTheReviewOpinionRefusesAPagePastTheLimit() throws {
        try write("a.txt", "第一条 甲方承诺项目用地出让价格为每亩8万元。\n")
        let refused = run(["review", "--format", "html", "--date", "2026-12-04", "-o", "意见书.html", "a.txt"], limit: 4_000)
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(refused.out, "")
        XCTAssertEqual(refused.err, "a.txt:1:1: 错误: 文档过大：写出的 HTML 将超过 4000 字节，未写入；请拆分文档\n")
        XCTAssertFalse(exists("意见书.html"))
        XCTAssertEqual(run(["review", "--format", "html", "--date", "2026-12-04", "-o", "意见书.html", "a.txt"], limit: 128 << 20).status, 1)
        XCTAssertTrue(exists("意见书.html"))
    }

    func testTheBrochureRefusesAPagePastTheLimit() throws {
        let project = TestSupport.repositoryRoot.appendingPathComponent("Examples/projects/puer-coffee.json")
        let copy = directory.appendingPathComponent("puer-coffee.json")
        try FileManager.default.copyItem(at: project, to: copy)
        let refused = run(["dossier", "puer-coffee.json", "--edition", "zh-en", "-o", "brochure.html"], limit: 10_000)
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(refused.out, "")
        XCTAssertEqual(refused.err, "puer-coffee.json:1:1: 错误: 文档过大：写出的 HTML 将超过 10000 字节，未写入；请拆分文档\n")
        XCTAssertFalse(exists("brochure.html"))
    }
}
