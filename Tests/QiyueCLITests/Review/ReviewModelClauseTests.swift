import Foundation
import QiyueTestSupport
import XCTest

/// `review --redline` on an agreement that lacks clauses: each missing element's model clause
/// goes in as a tracked insertion before the closing article, in the agreement's own roles,
/// so that accepting every change leaves nothing for the review to report.
final class ReviewModelClauseTests: ScratchDirectoryTestCase {
    private let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/annotate")

    private func draft(government 甲方: String, investor 乙方: String, reversed: Bool = false) -> String {
        let (first, second) = reversed ? (乙方, 甲方) : (甲方, 乙方)
        let promise = reversed ? "乙方承诺项目用地出让价格为每亩8万元。" : "甲方承诺项目用地出让价格为每亩8万元。"
        return """
        # 新材料项目投资协议

        甲方：\(first)

        乙方：\(second)

        第一条 项目概况

        乙方在甲方辖区投资建设新材料项目。

        第二条 项目用地

        \(promise)

        第三条 附则

        本协议自双方签字盖章之日起生效。

        甲方（盖章）：

        乙方（盖章）：

        2025年  月  日

        """
    }

    private func paragraphs(of docx: String) throws -> [String] {
        let text = try run(["convert", docx, "-"]).stdout
        return text.components(separatedBy: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    func testMissingClausesGoInBeforeTheClosingArticleAndTheAcceptedDraftIsClean() throws {
        try write("draft.md", draft(government: "某某县人民政府", investor: "某某新材料有限公司"))
        let before = try run(["review", "--format", "json", "draft.md"])
        XCTAssertEqual(before.status, 1)
        XCTAssertEqual(before.stdout.components(separatedBy: "\"completeness.").count - 1, 5, before.stdout)

        let result = try run(["review", "--redline", "--annotate", "redlined.docx", "draft.md"])
        XCTAssertEqual(result.status, 1, result.stderr)
        let document = try paragraphs(of: "redlined.docx")
        let closing = try XCTUnwrap(document.firstIndex { $0.hasPrefix("第三条") })
        let added = ["投资义务：", "建设期限：", "违约责任：", "退出机制：", "争议解决："].map { label in document.firstIndex { $0.hasPrefix(label) } }
        let places = try added.map { try XCTUnwrap($0, document.joined(separator: "\n")) }
        XCTAssertTrue(places.allSatisfy { $0 < closing }, document.joined(separator: "\n"))
        XCTAssertGreaterThan(places.min()!, try XCTUnwrap(document.firstIndex { $0.hasPrefix("第二条") }))

        // The reader reads a redlined file with its changes accepted, as Word shows it after 接受所有修订.
        let redlined = try run(["review", "redlined.docx"])
        XCTAssertEqual(redlined.status, 0, redlined.stdout + redlined.stderr)
        XCTAssertTrue(redlined.stdout.contains("错误 0，警告 0，提示 0"), redlined.stdout)

        try LibreOfficeChanges.acceptAll(directory.appendingPathComponent("redlined.docx"), directory.appendingPathComponent("accepted.docx"),
                                         script: fixtures.appendingPathComponent("accept_changes.py"))
        let accepted = try run(["review", "accepted.docx"])
        XCTAssertEqual(accepted.status, 0, accepted.stdout + accepted.stderr)
        XCTAssertTrue(accepted.stdout.contains("错误 0，警告 0，提示 0"), accepted.stdout)
    }

    func testAModelClauseBindsTheInvestorWhenTheRolesAreReversed() throws {
        try Data(draft(government: "某某县人民政府", investor: "某某新材料有限公司", reversed: true).utf8)
            .write(to: directory.appendingPathComponent("draft.md"))
        _ = try run(["review", "--redline", "--annotate", "redlined.docx", "draft.md"])
        let document = try paragraphs(of: "redlined.docx")
        let exit = try XCTUnwrap(document.first { $0.hasPrefix("退出机制：") })
        XCTAssertTrue(exit.hasPrefix("退出机制：甲方逾期未开工"), exit)
        XCTAssertTrue(exit.contains("乙方有权解除本协议"), exit)
        let review = try run(["review", "redlined.docx"])
        XCTAssertEqual(review.status, 0, review.stdout)
    }

    func testAModelClauseNeverLandsInATableCell() throws {
        // The python-docx draft ends 第四条, a table, then 本协议一式四份 as a paragraph of its own.
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("python-docx-draft.docx"), to: directory.appendingPathComponent("draft.docx"))
        _ = try run(["review", "--redline", "--annotate", "redlined.docx", "draft.docx"])
        let document = try paragraphs(of: "redlined.docx")
        let added = try XCTUnwrap(document.firstIndex { $0.hasPrefix("违约责任：") }, document.joined(separator: "\n"))
        XCTAssertTrue(document[added - 1].hasPrefix("投资义务：") || document[added - 1].hasPrefix("第四条"), document[added - 1])
        XCTAssertFalse(document.contains { $0.contains(" | ") && $0.contains("违约责任：") }, document.joined(separator: "\n"))
        let table = try XCTUnwrap(document.firstIndex { $0.hasPrefix("事项 | 约定") })
        XCTAssertLessThan(added, table)
        XCTAssertLessThan(table, try XCTUnwrap(document.firstIndex { $0.hasPrefix("本协议一式四份") }))
    }

    func testWithoutRedlineNothingIsAdded() throws {
        try write("draft.md", draft(government: "某某县人民政府", investor: "某某新材料有限公司"))
        let result = try run(["review", "--annotate", "annotated.docx", "draft.md"])
        XCTAssertEqual(result.status, 1)
        let document = try paragraphs(of: "annotated.docx")
        XCTAssertFalse(document.contains { $0.hasPrefix("违约责任：") }, document.joined(separator: "\n"))
        let review = try run(["review", "annotated.docx"])
        XCTAssertEqual(review.status, 1)
    }
}
