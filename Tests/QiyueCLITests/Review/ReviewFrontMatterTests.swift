import Foundation
import QiyueTestSupport
import XCTest

/// `qiyue review` on Markdown with a metadata block: the block is not agreement text, and
/// every finding in the body keeps the line and column of the file the user edits.
final class ReviewFrontMatterTests: ScratchDirectoryTestCase {
    /// The (rule, line, column) of every finding of `qiyue review --format json FILE`.
    private func findings(_ markdown: String) throws -> [String] {
        try write("a.md", markdown)
        let result = try run(["review", "--format", "json", "a.md"])
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let file = try XCTUnwrap((root["files"] as? [[String: Any]])?.first)
        return try XCTUnwrap(file["findings"] as? [[String: Any]]).map { "\($0["rule"] ?? "") \($0["line"] ?? 0):\($0["column"] ?? 0)" }
    }

    private let body = "第一条　乙方缴纳的增值税地方留成部分，甲方按50%返还乙方。\n第二条　违约方承担违约金。\n第三条　争议由人民法院管辖。\n第四条　乙方项目总投资5亿元，2025年6月开工，逾期未开工的，甲方有权解除协议。\n"

    func testTheBlockIsNotReviewedAndBodyFindingsKeepTheirLines() throws {
        let withFrontMatter = "---\ntitle: 协议\nsubject: 甲方按50%返还乙方缴纳的增值税\n---\n" + body
        let plain = try findings(body)
        XCTAssertEqual(plain, ["tax.rebate 1:26"], "the body alone has exactly one finding")
        XCTAssertEqual(try findings(withFrontMatter), ["tax.rebate 5:26"])
    }

    func testABlockKeptAsTextIsReviewed() throws {
        // No closing `---` before the clause: the reader keeps all of it as text, so the review
        // reads it, the subject line included (which shows the first test's block would be a finding).
        let unclosed = "---\ntitle: 协议\nsubject: 甲方按50%返还乙方缴纳的增值税\n" + body
        XCTAssertEqual(try findings(unclosed), ["tax.rebate 3:16", "tax.rebate 4:26"])
    }
}
