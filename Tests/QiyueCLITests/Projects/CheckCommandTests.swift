import XCTest
import Foundation
import QiyueTestSupport

/// `qiyue check`: exact output, exit statuses 0 / 1 / 2, JSON report, thresholds and stdin.
final class CheckCommandTests: ScratchDirectoryTestCase {
    func testCleanExampleExitsZeroWithTheFullReport() throws {
        let result = try ProjectCLI.run(["check", "Examples/projects/puer-coffee.json"])
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(result.stdout, try ProjectCLI.expected("check-puer-coffee.zh.txt"))
        XCTAssertEqual(result.status, 0)
    }

    func testProblemsExitOneWithTheFullReportInEnglish() throws {
        let result = try ProjectCLI.run(["check", "--lang", "en", "Tests/QiyueProjectsTests/Fixtures/inconsistent-code.json"])
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(result.stdout, try ProjectCLI.expected("check-inconsistent-code.en.txt"))
        XCTAssertEqual(result.status, 1)
    }

    func testSchemaErrorsPrintLikeACompiler() throws {
        let result = try ProjectCLI.run(["check", "Tests/QiyueProjectsTests/Fixtures/broken-schema.json"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("""
        Tests/QiyueProjectsTests/Fixtures/broken-schema.json:8:16: 错误: /land/area_mu: 应为数字，实际为 "三百"
            "area_mu": "三百",
                       ^~~~~~

        """), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("结论：错误 23 个，警告 1 个，注 0 个；成熟度 0/100；准入：待人工核实（问题 10 个）\n"), result.stdout)
    }

    func testAllExamplesExitZero() throws {
        let directory = TestSupport.repositoryRoot.appendingPathComponent("Examples/projects")
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".json") {
            let result = try ProjectCLI.run(["check", "Examples/projects/" + name])
            XCTAssertEqual(result.status, 0, name + "\n" + result.stdout)
        }
    }

    func testInvalidJSONExitsTwoWithFileLineAndColumn() throws {
        let result = try ProjectCLI.run(["check", "-"], stdin: "{\n  \"land\": {\"area_mu\": 三百}\n}\n")
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, """
        <stdin>:2:23: 错误: JSON 语法错误：意外的字符“三”，应为一个值
          "land": {"area_mu": 三百}
                              ^~

        """)
    }

    func testTrailingCommaInEnglish() throws {
        let result = try ProjectCLI.run(["check", "--lang", "en", "-"], stdin: "{\"id\": \"a\",\n}")
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "<stdin>:2:1: error: invalid JSON: trailing comma before '}' (JSON does not allow trailing commas)\n}\n^\n")
    }

    func testStandardInputIsChecked() throws {
        let text = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("Examples/projects/qujing-pv-modules.json"), encoding: .utf8)
        let result = try ProjectCLI.run(["check", "-"], stdin: text)
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.hasPrefix("项目：曲靖年产10GW高效光伏组件项目（qujing-pv-modules-2025）\n文件：<stdin>\n"))
    }

    func testMissingFileAndBadOptionsExitTwo() throws {
        let missing = try ProjectCLI.run(["check", "nothing.json"])
        XCTAssertEqual(missing, .init(status: 2, stdout: "", stderr: "错误: nothing.json: 文件不存在\n"))
        let format = try ProjectCLI.run(["check", "--format", "xml", "Examples/projects/puer-coffee.json"])
        XCTAssertEqual(format.status, 2)
        XCTAssertEqual(format.stderr, "qiyue: 错误: 选项“--format”的取值“xml”无效，应为 text|json\n运行“qiyue check --help”查看用法。\n")
        let none = try ProjectCLI.run(["check"])
        XCTAssertEqual(none.stderr, "qiyue: 错误: 缺少参数 PROJECT.json\n运行“qiyue check --help”查看用法。\n")
        let thresholds = try ProjectCLI.run(["check", "--thresholds", "none.json", "Examples/projects/puer-coffee.json"])
        XCTAssertEqual(thresholds, .init(status: 2, stdout: "", stderr: "错误: none.json: 文件不存在\n"))
    }

    func testAParksThresholdsCanRejectAProject() throws {
        let result = try ProjectCLI.run(["check", "--thresholds", "Tests/QiyueProjectsTests/Fixtures/park-thresholds.json",
                                         "Examples/projects/ruili-electronics-three-party.json"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("""
          （三）投资强度和亩均税收：不通过
              · 投资强度 4000000 元/亩，低于产业 04 的门槛 5000000 元/亩
              · 亩均税收 250000 元/亩，不低于缺省门槛 200000 元/亩

        """), result.stdout)
        XCTAssertTrue(result.stdout.contains("门槛来源：测试园区准入标准（测试数据）\n"))
        XCTAssertTrue(result.stdout.hasSuffix("准入：不予准入（触碰红线）（问题 9 个）\n"))
    }

    func testJSONReport() throws {
        let result = try ProjectCLI.run(["check", "--format", "json", "--lang", "en", "Tests/QiyueProjectsTests/Fixtures/bilingual-gaps.json"])
        XCTAssertEqual(result.status, 1)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(report["id"] as? String, "bilingual-gaps")
        let findings = try XCTUnwrap(report["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.map { $0["code"] as? String }, ["bilingual.chinese-only", "bilingual.missing-en", "bilingual.untranslated", "glossary.term", "glossary.term"])
        XCTAssertEqual(findings[4]["pointer"] as? String, "/conditions/transport/en")
        XCTAssertEqual(findings[4]["line"] as? Int, 11)
        XCTAssertEqual(findings[4]["column"] as? Int, 57)
        XCTAssertEqual(findings[4]["message"] as? String, "the term 中老铁路 (in /conditions/transport/zh) should be rendered \"China–Laos Railway\"")
        let maturity = try XCTUnwrap(report["maturity"] as? [String: Any])
        XCTAssertEqual(maturity["score"] as? Int, 24)
        XCTAssertEqual(maturity["level"] as? String, "immature")
        let admission = try XCTUnwrap(report["admission"] as? [String: Any])
        XCTAssertEqual(admission["verdict"] as? String, "pending-review")
        XCTAssertEqual((admission["thresholds"] as? [String: Any])?["verified"] as? Bool, false)
        XCTAssertEqual((admission["red_lines"] as? [[String: Any]])?.map { $0["status"] as? String },
                       ["needs-human", "needs-human", "undetermined", "needs-human", "needs-human"])
        let summary = try XCTUnwrap(report["summary"] as? [String: Any])
        XCTAssertEqual(summary["warnings"] as? Int, 5)
        XCTAssertEqual(summary["problems"] as? Bool, true)
    }

    func testAGlossaryFileReplacesTheBuiltInOne() throws {
        let glossary = directory.appendingPathComponent("glossary.json").path
        try #"{"entries": [{"zh": "普洱", "en": "Puer"}]}"#.write(toFile: glossary, atomically: true, encoding: .utf8)
        let result = try ProjectCLI.run(["check", "--lang", "en", "--glossary", glossary, "Examples/projects/puer-coffee.json"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("Examples/projects/puer-coffee.json:4:46: warning: /name/en: the term 普洱 (in /name/zh) should be rendered \"Puer\"\n"), result.stdout)

        try "{\"entries\": [}".write(toFile: glossary, atomically: true, encoding: .utf8)
        let broken = try ProjectCLI.run(["check", "--lang", "en", "--glossary", glossary, "Examples/projects/puer-coffee.json"])
        XCTAssertEqual(broken, .init(status: 2, stdout: "", stderr: "\(glossary):1:14: error: invalid JSON: unexpected character '}'; expected a value\n{\"entries\": [}\n             ^\n"))
    }
}
