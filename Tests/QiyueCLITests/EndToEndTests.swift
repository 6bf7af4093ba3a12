import XCTest
import QiyueTestSupport

/// Runs the built `qiyue` and compares stdout, stderr and the exit status exactly.
final class EndToEndTests: XCTestCase {
    func testVersion() throws {
        let result = try QiyueProcess.run(["--version"])
        XCTAssertEqual(result, .init(status: 0, stdout: "qiyue 0.1.0\n", stderr: ""))
    }

    func testUnknownCommandSuggestsClosest() throws {
        let result = try QiyueProcess.run(["hlep"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "qiyue: 错误: 未知命令“hlep”；您是否想输入“help”？\n运行“qiyue --help”查看用法。\n")
    }

    func testUnknownCommandInEnglish() throws {
        let result = try QiyueProcess.run(["--lang", "en", "nosuch"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "qiyue: error: unknown command 'nosuch'\nRun 'qiyue --help' for usage.\n")
    }

    func testHelpListsCommands() throws {
        let result = try QiyueProcess.run(["--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.hasPrefix("qiyue（契约）"))
        XCTAssertTrue(result.stdout.contains("  help "))
        XCTAssertTrue(result.stdout.contains("退出码：0 成功"))
    }
}
