import Foundation
import XCTest
import QiyueTestSupport

/// `qiyue portfolio` end to end: formats, exit statuses, unreadable files listed.
final class PortfolioCommandTests: ScratchDirectoryTestCase {
    func testFormatsAndStatuses() throws {
        let projects = TestSupport.repositoryRoot.appendingPathComponent("Examples/projects")
        for name in ["ruili-electronics-three-party", "puer-coffee"] {
            try FileManager.default.copyItem(at: projects.appendingPathComponent("\(name).json"), to: directory.appendingPathComponent("\(name).json"))
        }
        let clean = try run(["portfolio", "ruili-electronics-three-party.json", "--as-of", "2026-12-01"])
        XCTAssertEqual(clean, .init(status: 0, stdout: """
        项目库清理清单（截至 2026-12-01）：扫描 1 个文件，需处理 0 个，无法读取 0 个

        未标记：
          ruili-electronics-three-party.json: 瑞丽面向南亚东南亚电子产品加工贸易项目（瑞丽市，已投产）

        """, stderr: ""))
        let english = try run(["portfolio", ".", "--as-of", "2026-12-01", "--lang", "en"])
        XCTAssertEqual(english.status, 1)
        XCTAssertTrue(english.stdout.contains("  - possibly idle land: land supplied 2025-08-20 120 mu, construction agreed to start 2025-09-30, not started 1 year 2 months later on 2026-12-01\n"), english.stdout)
        try write("broken.json", "{\"id\": ")
        let broken = try run(["portfolio", ".", "--as-of", "2026-12-01", "--format", "json"])
        XCTAssertEqual(broken.status, 2)
        XCTAssertTrue(broken.stderr.hasPrefix("./broken.json:1:8: 错误: "), broken.stderr)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(broken.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(root["scanned"] as? Int, 3)
        XCTAssertEqual(root["unreadable"] as? Int, 1)
        XCTAssertEqual(try run(["portfolio", ".", "--as-of", "2026-02-30"]).status, 2)
        let html = try run(["portfolio", ".", "--as-of", "2026-12-01", "--format", "html", "-o", "out.html"])
        XCTAssertEqual(html.stdout, "")
        let page = try String(contentsOf: directory.appendingPathComponent("out.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<h2>按阶段和县（市、区）汇总</h2>"))
    }
}
