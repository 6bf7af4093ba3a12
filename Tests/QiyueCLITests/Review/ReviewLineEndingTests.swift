import Foundation
import QiyueTestSupport
import XCTest

/// A finding is reported at the same line and column whether the file ends its lines with
/// LF, CRLF or a lone CR (old Mac editors, some OA exports), in every text format.
final class ReviewLineEndingTests: ScratchDirectoryTestCase {
    private static let lines = ["第一条 总则", "第二条 甲方", "甲方承诺项目用地出让价格为每亩8万元。"]

    /// The first line of the report: `file:line:col: …` of the one finding.
    private func headline(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        let result = try run(["review", "--format", "json", name])
        XCTAssertEqual(result.status, 1, result.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try XCTUnwrap(json["files"] as? [[String: Any]])
        let finding = try XCTUnwrap((files.first?["findings"] as? [[String: Any]])?.first)
        return "\(finding["line"] ?? "?"):\(finding["column"] ?? "?") \(finding["article"] ?? "-")"
    }

    func testPlainTextWithEveryLineEnd() throws {
        for (label, end) in [("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")] {
            let text = Self.lines.joined(separator: end) + end
            XCTAssertEqual(try headline("\(label).txt", text), "3:9 第二条", label)
        }
    }

    func testMarkdownAndHTMLWithALoneCarriageReturn() throws {
        XCTAssertEqual(try headline("cr.md", Self.lines.joined(separator: "\r\r") + "\r"), "5:9 第二条")
        let html = Self.lines.map { "<p>\($0)</p>" }.joined(separator: "\r") + "\r"
        XCTAssertEqual(try headline("cr.html", html), "3:12 第二条")
    }
}
