import Foundation
import QiyueTestSupport
import XCTest

/// `qiyue review` on the formats a bureau receives besides DOCX, Markdown, HTML and text:
/// the example draft saved by LibreOffice as each of them must give the findings its
/// Markdown gives, and a file no reader handles is never passed as clean.
final class ReviewFormatsTests: ScratchDirectoryTestCase {
    static let fixtures = TestSupport.repositoryRoot.appendingPathComponent("Tests/QiyueDocumentsTests/Fixtures/formats")
    static let draft = TestSupport.repositoryRoot.appendingPathComponent("Examples/drafts/wenshan-aluminium-draft.md")

    /// What a finding says, apart from where: the columns of a Markdown heading count its `#`.
    private func findings(of path: String) throws -> [String] {
        let result = try QiyueProcess.run(["review", "--format", "json", path])
        XCTAssertEqual(result.stderr, "")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let files = try XCTUnwrap(json?["files"] as? [[String: Any]])
        XCTAssertEqual(files.count, 1)
        XCTAssertTrue(files[0]["error"] is NSNull, "\(files[0]["error"] ?? "")")
        let findings = try XCTUnwrap(files[0]["findings"] as? [[String: Any]])
        return findings.map { finding in
            ["rule", "severity", "article", "message", "suggestion"].map { "\(finding[$0] ?? "-")" }.joined(separator: " | ")
        }
    }

    func testDraftSavedAsEachFormatGivesTheFindingsOfItsMarkdown() throws {
        let expected = try findings(of: Self.draft.path)
        XCTAssertEqual(expected.count, 4)
        for format in ["rtf", "doc"] {
            XCTAssertEqual(try findings(of: Self.fixtures.appendingPathComponent("draft." + format).path), expected, format)
        }
    }

    /// Kingsoft WPS saves `.wps` in the Word 97–2003 format; such a file (here the LibreOffice
    /// .doc under that name, as no WPS is at hand) is reviewed, a Works `.wps` is refused.
    func testWPSInTheWordFormatIsReviewed() throws {
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("draft.doc"), to: directory.appendingPathComponent("送审稿.wps"))
        try write("works.wps", "not a compound file")
        let result = try run(["review", "."])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("./送审稿.wps:10:9: 错误: [land.price-promise]"), result.stdout)
        XCTAssertTrue(result.stderr.contains("./works.wps:1:1: 错误: 无法读取文档：不是 Word 97–2003 复合文档（文件头不符）"), result.stderr)
    }

    func testGBKRTFIsReviewedAtItsParagraph() throws {
        let result = try QiyueProcess.run(["review", "--fail-on", "error", "gbk.rtf"], currentDirectory: Self.fixtures)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.hasPrefix("gbk.rtf:1:1: 警告: [completeness.breach-liability]"), result.stdout)
        XCTAssertTrue(result.stdout.contains("gbk.rtf:2:11: 错误: [land.price-promise] 政府方在协议中约定或承诺土地出让价格\n第一条 甲方承诺土地出让价格为每亩5万元。\n"), result.stdout)
    }
}
