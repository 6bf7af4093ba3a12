import Foundation
import QiyueTestSupport
import XCTest

/// The drafting gate cannot be walked around with project data: values are escaped for the
/// output's content type, the review reads the document as written, and dossiers and
/// brochures are reviewed like agreements.
final class DraftingGateTests: ScratchDirectoryTestCase {
    /// The canonical example with one change, written to a project file of its own.
    private func project(_ name: String, change: (inout [String: Any]) throws -> Void) throws -> String {
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: DraftingFixtures.puerCoffee)) as? [String: Any])
        try change(&object)
        let url = directory.appendingPathComponent("\(name).json")
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted]).write(to: url)
        return url.path
    }

    private func constructionContent(_ zh: String) throws -> String {
        try project("content") { object in
            var construction = try XCTUnwrap(object["construction"] as? [String: Any])
            construction["content"] = ["zh": zh, "en": "Processing lines."]
            object["construction"] = construction
        }
    }

    /// `**` in a field used to become emphasis that split the clause for the review; now it is
    /// text, and the review reads 价**格 as 价格, in every output format.
    func testAsterisksSplittingAPricePromiseAreRefused() throws {
        let path = try constructionContent("甲方承诺项目用地出让价**格为每亩8**万元。")
        for ext in ["md", "docx", "html"] {
            let output = directory.appendingPathComponent("a.\(ext)").path
            let result = try QiyueProcess.run(["agreement", path, "-o", output])
            XCTAssertEqual(result.status, 1, ext + result.stderr)
            XCTAssertTrue(result.stderr.contains("错误: [land.price-promise] "), result.stderr)
            XCTAssertTrue(result.stderr.contains("的文字来自项目文件的 /construction/content/zh，请在项目文件中修改"), result.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: output), ext)
        }
    }

    /// A Markdown link in a field stays the characters it is: no hyperlink in the document.
    func testALinkInProjectDataIsText() throws {
        let path = try constructionContent("建设生产线，详见[附件](http://example.com/x)。")
        let markdown = directory.appendingPathComponent("a.md").path
        XCTAssertEqual(try QiyueProcess.run(["agreement", path, "-o", markdown]).status, 0)
        XCTAssertTrue(try String(contentsOfFile: markdown, encoding: .utf8).contains("详见\\[附件\\](http://example.com/x)。"))
        let html = directory.appendingPathComponent("a.html").path
        XCTAssertEqual(try QiyueProcess.run(["agreement", path, "-o", html]).status, 0)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        XCTAssertTrue(page.contains("详见[附件](http://example.com/x)。"), page)
        XCTAssertFalse(page.contains("<a "), page)
    }

    /// A tax-pegged reward in `policies` is refused in the brochure and the dossier, and `check`
    /// reports it at the field.
    func testATaxPeggedRewardInPoliciesIsRefusedEverywhere() throws {
        let path = try project("policies") { object in
            var policies = try XCTUnwrap(object["policies"] as? [Any])
            policies.append(["zh": "项目投产后，按企业当年缴纳增值税地方留成部分的50%给予产业发展奖励。",
                             "en": "An industry development reward of 50% of the local share of the VAT the company pays."])
            object["policies"] = policies
        }
        let count = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])?["policies"] as? [Any]).count
        let pointer = "/policies/\(count - 1)/zh"
        for arguments in [["--edition", "zh-en", "-o", "b.html"], ["--edition", "zh-en", "-o", "b.docx"], ["-o", "d.md"], ["-o", "d.docx"]] {
            let output = directory.appendingPathComponent(arguments.last!).path
            let result = try QiyueProcess.run(["dossier", path] + arguments.dropLast() + [output])
            XCTAssertEqual(result.status, 1, result.stderr)
            XCTAssertEqual(result.stdout, "")
            XCTAssertTrue(result.stderr.contains("错误: [tax.pegged-reward] "), result.stderr)
            XCTAssertTrue(result.stderr.contains("的文字来自项目文件的 \(pointer)，请在项目文件中修改"), result.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: output), output)
        }
        let check = try QiyueProcess.run(["check", path])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains(": 错误: \(pointer): [tax.pegged-reward] "), check.stdout)
    }
}
