import XCTest
import Foundation
import QiyueTestSupport

/// `qiyue init`: writes a starter that `qiyue check` then walks the officer through.
final class InitCommandTests: ScratchDirectoryTestCase {
    func testWritesAStarterThatCheckAccepts() throws {
        let path = directory.appendingPathComponent("Mengla Cold Chain.json").path
        let result = try ProjectCLI.run(["init", path, "--industry", "10-02"])
        XCTAssertEqual(result, .init(status: 0, stdout: "已写入 \(path)。填写后运行：qiyue check \(path)\n", stderr: ""))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("{\n  \"_说明\": \"招商项目数据文件。"))
        XCTAssertTrue(text.contains("\"id\": \"mengla-cold-chain\",\n  \"name\": {\n    \"zh\": \"待填写：项目名称\",\n    \"en\": \"TO FILL: project name\"\n  },"))
        XCTAssertTrue(text.contains("\"industry\": {\n    \"code\": \"10-02\"\n  },"))

        let check = try ProjectCLI.run(["check", "--lang", "en", path])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.contains(": warning: /name/zh: still holds the starter's placeholder; fill it in\n"))
        XCTAssertFalse(check.stdout.contains(": error: "))
    }

    func testRefusesToOverwriteWithoutForce() throws {
        let path = directory.appendingPathComponent("p.json").path
        try "keep me".write(toFile: path, atomically: true, encoding: .utf8)
        let refused = try ProjectCLI.run(["init", path])
        XCTAssertEqual(refused, .init(status: 2, stdout: "", stderr: "错误: \(path) 已存在；如需覆盖请加 --force\n"))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "keep me")
        let forced = try ProjectCLI.run(["init", "--force", "--lang", "en", path])
        XCTAssertEqual(forced, .init(status: 0, stdout: "Wrote \(path). When filled in, run: qiyue check \(path)\n", stderr: ""))
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).contains("\"_industry\": \"必填："))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["p.json"], "no temporary file is left behind")
    }

    func testRejectsAnUnknownIndustryCode() throws {
        let result = try ProjectCLI.run(["init", "/tmp/never-written.json", "--industry", "01-12"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "qiyue: 错误: 选项“--industry”的取值“01-12”无效，应为 目录中的代码，如 01-06（qiyue catalog）\n运行“qiyue init --help”查看用法。\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/never-written.json"))
    }

    func testUnwritableDestinationExitsTwo() throws {
        let result = try ProjectCLI.run(["init", "/nonexistent-directory/p.json"])
        XCTAssertEqual(result, .init(status: 2, stdout: "", stderr: "错误: 无法写入 /nonexistent-directory/p.json：目录 /nonexistent-directory 不存在\n"))
    }
}
