import Foundation
import QiyueTestSupport
import XCTest

/// `qiyue rules list|show|test|doc` end to end.
final class RulesCommandTests: ScratchDirectoryTestCase {
    func testListStartsWithTheLandRules() throws {
        let result = try QiyueProcess.run(["rules", "list"])
        XCTAssertEqual(result.status, 0)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(lines.first, "land.price-promise                   error   land         政府方在协议中约定或承诺土地出让价格")
        XCTAssertEqual(lines.count, 50)
    }

    func testShowPrintsMessageBasisAndExamples() throws {
        let result = try QiyueProcess.run(["rules", "show", "--lang", "en", "tax.relocation-reward"])
        XCTAssertEqual(result, .init(status: 0, stdout: """
        tax.relocation-reward  (tax · error)
        category: local refunds of tax paid, rewards pegged to tax, exemptions beyond national law, tax borne by the government side
        message: a reward conditioned on moving the registered seat or tax domicile
        suggestion: drop the condition; support must be generally available and published
        basis:
          - 《公平竞争审查条例》（国务院令第783号）第十条：没有法律、行政法规依据或者未经国务院批准，不得给予特定经营者税收优惠，选择性、差异化的财政奖励或者补贴，或者要素获取等方面的优惠
          - 《国务院关于税收等优惠政策相关事项的通知》（国发〔2015〕25号）第四条：安排支出一般不得与企业缴纳的税收或非税收入挂钩
          - 《云南省务实招商三年行动计划（2023—2025年）》第17项：在签订投资合同（协议）过程中，避免出现地方政府违规承诺土地价格或税收优惠政策、违法担保等问题，杜绝地方政府违法违规融资担保和变相举债行为
        triggering examples:
          - 乙方将注册地及纳税关系迁入本区的，甲方给予一次性落户奖励300万元。
          - 甲方按乙方年度营业收入的千分之五给予市场拓展补助，条件是乙方在本县办理企业所得税纳税申报。
          - 甲方给予乙方市场开拓补助一百万元，条件是乙方在本县办理个人所得税纳税申报。
        non-triggering examples:
          - 乙方应在项目所在地依法办理税务登记。
          - 甲方不得以迁入纳税关系为条件给予奖励。
          - 乙方承诺在本县纳税不少于十年，提前迁离的，应退还已享受的各项扶持资金。
          - 补助由乙方按年度申报指南向工信部门申请，经公示后拨付，与乙方的纳税额、纳税地点均无关。
          - 甲方按乙方年度营业收入的千分之五给予市场拓展补助，该补助按公开的政策对园区全部企业同等适用。

        """, stderr: ""))
    }

    func testShowSuggestsAClosestRule() throws {
        XCTAssertEqual(try QiyueProcess.run(["rules", "show", "land.zero-pric"]),
                       .init(status: 2, stdout: "", stderr: "qiyue: 错误: 没有规则“land.zero-pric”；您是否想输入“land.zero-price”？\n运行“qiyue rules --help”查看用法。\n"))
        XCTAssertEqual(try QiyueProcess.run(["rules", "tset"]).stderr,
                       "qiyue: 错误: 未知命令“rules tset”；您是否想输入“rules test”？\n运行“qiyue rules --help”查看用法。\n")
    }

    func testBuiltInExamplesPass() throws {
        XCTAssertEqual(try QiyueProcess.run(["rules", "test"]), .init(status: 0, stdout: "✓ 50 条规则的 657 个示例全部通过\n", stderr: ""))
    }

    func testACustomPackWhoseExampleFailsExitsOne() throws {
        let pack = """
        {"name":"mine","version":"1","rules":[{"id":"tax.energy-fee","category":"tax","severity":"warning",
         "message":{"zh":"政府方承担能耗费用","en":"the government pays energy costs"},"basis":[],
         "suggestion":{"zh":"删除","en":"drop it"},"match":{"triggers":["电费"]},
         "examples":{"triggering":["甲方承担乙方的电费。","乙方自行承担电费。"],"nonTriggering":["甲方不承担乙方电费。"]}}]}
        """
        try write("mine.json", pack)
        let result = try run(["rules", "test", "--rules", "mine.json"])
        XCTAssertEqual(result, .init(status: 1, stdout: "✗ tax.energy-fee: 应触发但未触发: 乙方自行承担电费。\n3 个示例中 1 个未通过\n", stderr: ""))
    }

    func testDocWritesTheReferenceAtomically() throws {
        let output = directory.appendingPathComponent("rules.md")
        XCTAssertEqual(try QiyueProcess.run(["rules", "doc", "-o", output.path]), .init(status: 0, stdout: "", stderr: ""))
        let written = try String(contentsOf: output, encoding: .utf8)
        let committed = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("docs/review-rules.md"), encoding: .utf8)
        XCTAssertEqual(written, committed)
    }
}
