import Foundation
import QiyueTestSupport
import XCTest

/// A category added by a pack file alone (公平竞争: designated purchases) is reviewed,
/// counted, listed and tested like a built-in one.
final class PackCategoryTests: ScratchDirectoryTestCase {
    let pack = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/packs/procurement.json").path

    override func setUpWithError() throws {
        try super.setUpWithError()
        try write("draft.txt", "甲方承诺本县公立医院指定采购乙方生产的医疗耗材。\n")
    }

    func testTheNewCategoryIsReportedInTextJSONAndTheOpinion() throws {
        let text = try run(["review", "--rules", pack, "draft.txt"])
        XCTAssertEqual(text.status, 1)
        XCTAssertTrue(text.stdout.contains("procurement.designated-purchase"), text.stdout)
        XCTAssertTrue(text.stdout.hasSuffix("；土地 0，税收 0，担保与隐性债务 0，公平竞争 1，协议完整性 0\n"), text.stdout)
        let json = try run(["review", "--rules", pack, "--format", "json", "draft.txt"])
        XCTAssertTrue(json.stdout.contains("\"category\": \"procurement\""), json.stdout)
        XCTAssertTrue(json.stdout.contains("\"procurement\": 1"), json.stdout)
        let html = try run(["review", "--rules", pack, "--format", "html", "--date", "2026-12-04", "draft.txt"])
        XCTAssertTrue(html.stdout.contains("<td>公平竞争（指定采购、限定交易）</td>"), html.stdout)
    }

    func testItsExamplesPassAndTheRulesListShowsIt() throws {
        XCTAssertEqual(try QiyueProcess.run(["rules", "test", "--rules", pack]),
            .init(status: 0, stdout: "✓ 1 条规则的 2 个示例全部通过\n", stderr: ""))
        let list = try QiyueProcess.run(["rules", "list", "--rules", pack])
        XCTAssertTrue(list.stdout.contains("procurement.designated-purchase      error   procurement  政府方承诺指定采购"), list.stdout)
        let show = try QiyueProcess.run(["rules", "show", "--rules", pack, "procurement.designated-purchase"])
        XCTAssertTrue(show.stdout.hasPrefix("procurement.designated-purchase  (公平竞争 · error)\n类别：政府方承诺指定采购"), show.stdout)
    }

    func testARuleInAnUndeclaredCategoryIsAPackErrorAtItsPlace() throws {
        let broken = try String(contentsOfFile: pack, encoding: .utf8).replacingOccurrences(of: "\"category\": \"procurement\"", with: "\"category\": \"procurment\"")
        try write("broken.json", broken)
        let result = try run(["review", "--rules", "broken.json", "draft.txt"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "broken.json:18:13: 错误: 规则 procurement.designated-purchase 的 id 应为“procurment.名称”\n"
            + "broken.json:19:19: 错误: 规则 procurement.designated-purchase 的类别“procurment”未在 categories 中声明；您是否想输入“procurement”？\n")
    }
}
