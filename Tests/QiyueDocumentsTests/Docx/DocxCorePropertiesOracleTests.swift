import Foundation
import XCTest
@testable import QiyueDocuments

/// The metadata of a Markdown file's front matter, as the DOCX writer puts it into
/// `docProps/core.xml`: checked in the XML itself and through python-docx, a client we did
/// not write. The python-docx check skips only when python-docx is missing.
final class DocxCorePropertiesOracleTests: XCTestCase {
    private let markdown = "---\ntitle: 普洱咖啡项目投资协议\nsubject: 普洱咖啡项目\n作者：普洱市思茅区人民政府\n日期：2025年3月8日\nlanguage: zh-CN\n---\n# 投资协议\n"

    private func docx(_ markdown: String) throws -> Data {
        try DocxWriter().write(MarkdownReader().read(markdown).document)
    }

    func testCorePropertiesHoldEveryField() throws {
        let archive = try ZipReader(data: try docx(markdown))
        let core = String(decoding: try XCTUnwrap(try archive.contents(ofEntryNamed: "docProps/core.xml")), as: UTF8.self)
        XCTAssertTrue(core.hasSuffix("""
        <dc:title>普洱咖啡项目投资协议</dc:title><dc:subject>普洱咖啡项目</dc:subject><dc:creator>普洱市思茅区人民政府</dc:creator>\
        <dc:language>zh-CN</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">2025-03-08T00:00:00Z</dcterms:created>\
        <dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-08T00:00:00Z</dcterms:modified></cp:coreProperties>
        """), core)
    }

    func testPythonDocxReadsWhatWeWrote() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qiyue-core-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let full = directory.appendingPathComponent("full.docx"), bare = directory.appendingPathComponent("bare.docx")
        try docx(markdown).write(to: full)
        try docx("# 标题\n").write(to: bare)
        let result = try Python.run("core_properties_oracle.py", [full.path, bare.path])
        if result.status == 3 { throw XCTSkip("python-docx is not installed (pip install python-docx)") }
        XCTAssertEqual(result.status, 0, result.stderr)
        let reports = try XCTUnwrap(JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]])
        XCTAssertEqual(reports.first as NSDictionary?, [
            "title": "普洱咖啡项目投资协议", "subject": "普洱咖啡项目", "author": "普洱市思茅区人民政府", "language": "zh-CN",
            "created": "2025-03-08T00:00:00+00:00", "modified": "2025-03-08T00:00:00+00:00",
        ] as NSDictionary)
        XCTAssertEqual(reports.last as NSDictionary?, [
            "title": "标题", "subject": "", "author": "", "language": "zh-CN", "created": NSNull(), "modified": NSNull(),
        ] as NSDictionary)
    }
}
