import Foundation
import XCTest
@testable import QiyueCLI
import QiyueCore

/// In-process tests of the command shell: dispatch, help, language selection, usage errors.
final class CommandLineToolTests: XCTestCase {
    /// Output captured from one in-process run.
    final class Capture: @unchecked Sendable {
        var out = ""
        var err = ""
    }

    func run(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
        let capture = Capture()
        let context = CommandContext(writeOut: { capture.out += $0 }, writeErr: { capture.err += $0 })
        let status = CommandLineTool().run(arguments, context: context)
        return (status, capture.out, capture.err)
    }

    func testNoArgumentsPrintsOverview() {
        let result = run([])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.out.contains("用法：qiyue <命令> [选项] [参数]"))
        XCTAssertEqual(result.err, "")
    }

    func testOverviewListsEveryRegisteredCommandOnce() {
        let out = run(["--help"]).out
        for command in CommandRegistry.commands {
            let line = "  " + command.name + " "
            XCTAssertEqual(out.components(separatedBy: line).count - 1, 1, "\(command.name) should be listed once")
        }
    }

    func testCommandNamesAreUnique() {
        let names = CommandRegistry.commands.map(\.name)
        XCTAssertEqual(Set(names).count, names.count)
    }

    func testCommandHelpInEnglish() {
        let result = run(["help", "version", "--lang", "en"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.out, """
        Usage: qiyue version

        show the version

        Options:
          -h, --help        show help
              --lang zh|en  message language (default zh)

        """)
    }

    func testCommandDashDashHelpMatchesHelpCommand() {
        XCTAssertEqual(run(["version", "--help"]).out, run(["help", "version"]).out)
    }

    func testLanguageBeforeCommand() {
        let result = run(["--lang=en", "help", "nosuch"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.err, "qiyue: error: unknown command 'nosuch'\nRun 'qiyue help --help' for usage.\n")
    }

    func testInvalidLanguageIsUsageError() {
        let result = run(["--lang", "fr", "version"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.err, "qiyue: 错误: 选项“--lang”的取值“fr”无效，应为 zh|en\n运行“qiyue --help”查看用法。\n")
    }

    func testUnknownOptionOfCommandNamesItAndSuggests() {
        let result = run(["version", "--hlep"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.out, "")
        XCTAssertEqual(result.err, "qiyue: 错误: 未知选项“--hlep”；您是否想输入“--help”？\n运行“qiyue version --help”查看用法。\n")
    }

    func testUnknownGlobalOption() {
        let result = run(["--verbose"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.err, "qiyue: 错误: 未知选项“--verbose”\n运行“qiyue --help”查看用法。\n")
    }

    func testVersionFlagAndCommandAgree() {
        XCTAssertEqual(run(["--version"]).out, "qiyue \(QiyueVersion.current)\n")
        XCTAssertEqual(run(["version"]).out, run(["--version"]).out)
    }
}
