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

    /// A report written partly as bytes reads the same, in the same order, whether the
    /// context has a bytes sink or captures only text (which then gets the bytes as text).
    func testReportBytesReachATextOnlyContext() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qiyue-bytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("a.txt")
        try "甲方：某某县人民政府\n乙方：某某科技有限公司\n\n甲方承诺按乙方缴纳增值税地方留成部分的80%给予奖励。\n".write(to: file, atomically: true, encoding: .utf8)
        for format in ["json", "jsonl", "text"] {
            let arguments = ["review", "--format", format, "--fail-on", "never", file.path]
            let text = run(arguments)
            // Text and bytes go into one stream, in the order they are written.
            final class Stream: @unchecked Sendable { var bytes: [UInt8] = []; var byteWrites = 0 }
            let stream = Stream()
            let context = CommandContext(
                writeOut: { stream.bytes += Array($0.utf8) }, writeErr: { _ in },
                writeOutBytes: { stream.bytes += $0; stream.byteWrites += 1 }
            )
            XCTAssertEqual(CommandLineTool().run(arguments, context: context), text.status)
            XCTAssertEqual(String(decoding: stream.bytes, as: UTF8.self), text.out, format)
            XCTAssertGreaterThan(stream.byteWrites, 0, format)
            XCTAssertTrue(text.out.contains("tax.pegged-reward"), format)
        }
    }

    /// Review and rules read only rule packs; every other command has the project data checked first.
    func testOnlyReviewAndRulesSkipTheProjectDataCheck() {
        let skipping = CommandRegistry.commands.filter { !$0.usesProjectData }.map(\.name).sorted()
        XCTAssertEqual(skipping, ["review", "rules"])
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
