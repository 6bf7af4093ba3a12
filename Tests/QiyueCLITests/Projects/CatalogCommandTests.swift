import XCTest
import Foundation
import QiyueTestSupport

/// `qiyue catalog` and `qiyue catalog search`.
final class CatalogCommandTests: XCTestCase {
    func testListsEveryCodeInOrder() throws {
        let result = try ProjectCLI.run(["catalog"])
        XCTAssertEqual(result.status, 0)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 55)
        XCTAssertEqual(lines.prefix(3), ["01  高原特色现代农业  Plateau-characteristic modern agriculture", "  01-01  茶叶  Tea", "  01-02  花卉  Flowers"])
        XCTAssertEqual(lines.last, "  10-03  打造跨区域物流网  Cross-regional logistics networks")
    }

    func testSearchFindsCoffee() throws {
        let coffee = "01-06  高原特色现代农业 › 咖啡  Plateau-characteristic modern agriculture › Coffee\n"
        XCTAssertEqual(try ProjectCLI.run(["catalog", "search", "咖啡"]), .init(status: 0, stdout: coffee, stderr: ""))
        XCTAssertEqual(try ProjectCLI.run(["catalog", "search", "coffee"]).stdout, coffee)
    }

    func testSearchShowsWhatMatchedInTheDetails() throws {
        XCTAssertEqual(try ProjectCLI.run(["catalog", "search", "冷链"]).stdout,
                       "10-02  现代物流业 › 配送体系建设  Modern logistics › Distribution systems（匹配：提升与农产品流通相适应的冷链设施和物流经营能力）\n")
        XCTAssertEqual(try ProjectCLI.run(["--lang", "en", "catalog", "search", "cold", "chain"]).stdout,
                       "10-02  现代物流业 › 配送体系建设  Modern logistics › Distribution systems (matched: cold-chain facilities and logistics capacity matched to the circulation of agricultural products)\n")
    }

    func testDetailsOption() throws {
        let result = try ProjectCLI.run(["catalog", "search", "咖啡", "--details"])
        XCTAssertEqual(result.stdout, "01-06  高原特色现代农业 › 咖啡  Plateau-characteristic modern agriculture › Coffee\n       咖啡物流、饮品、咖啡用具及咖啡吧机械设备、包装设计及机械设备、精深加工机械设备、咖啡吧工程装饰设计用品、咖啡吧服务及连锁加盟店、咖啡吧奢侈品、产业服务平台、市场打造等\n")
    }

    func testListingWithDetailsIndentsUnderEachItem() throws {
        let lines = try ProjectCLI.run(["catalog", "--details"]).stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 100)
        XCTAssertEqual(lines[2], "         茶叶专用机械生产、茶工艺品、弘扬普洱茶文化、茶叶技艺非遗工场、茶主题旅游演艺、最美茶乡和茶旅融合、团建康疗、现代茶饮、茶浴茶疗等")
    }

    func testNoMatchExitsOne() throws {
        XCTAssertEqual(try ProjectCLI.run(["catalog", "search", "不存在"]), .init(status: 1, stdout: "", stderr: "目录中没有与“不存在”匹配的条目\n"))
        XCTAssertEqual(try ProjectCLI.run(["catalog", "--format", "json", "search", "nothing"]), .init(status: 1, stdout: "[]\n", stderr: ""))
    }

    func testMisspelledSubcommandSuggestsSearch() throws {
        XCTAssertEqual(try ProjectCLI.run(["catalog", "serch", "x"]),
                       .init(status: 2, stdout: "", stderr: "qiyue: 错误: 未知命令“catalog serch”；您是否想输入“catalog search”？\n运行“qiyue catalog --help”查看用法。\n"))
        XCTAssertEqual(try ProjectCLI.run(["catalog", "search"]).status, 2)
    }

    func testJSONOutput() throws {
        let result = try ProjectCLI.run(["catalog", "--format", "json", "search", "coffee"])
        XCTAssertEqual(result.status, 0)
        let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["code"] as? String }, ["01-06"])
        XCTAssertEqual(entries.first?["industry"] as? String, "01")
        XCTAssertEqual((entries.first?["details"] as? [String: String])?["zh"]?.hasPrefix("咖啡物流"), true)
        let all = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try ProjectCLI.run(["catalog", "--format", "json"]).stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(all.count, 55)
    }
}
