import Foundation
import QiyueTestSupport
import XCTest

/// Batch review: `--jobs N` prints exactly what `--jobs 1` prints, in the same order, and
/// `--format jsonl` gives one line per file and a summary line.
final class ReviewBatchTests: ScratchDirectoryTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        let clauses = [
            "甲方承诺项目用地出让价格为每亩8万元。",
            "乙方缴纳的增值税地方留成部分，甲方按50%返还乙方。",
            "乙方依法纳税。",
            "甲方协调县属国有平台公司为乙方项目建设银行贷款提供连带责任担保。",
        ]
        for index in 0..<40 {
            // Uneven sizes, so that with several threads later files finish first.
            let body = String(repeating: clauses[index % clauses.count] + "\n", count: index % 5 == 0 ? 120 : 1 + index % 3)
            let name = String(format: "%02d-协议.%@", index, index % 2 == 0 ? "md" : "txt")
            try Data(("# 投资协议\n\n" + body).utf8).write(to: directory.appendingPathComponent(name))
        }
        try Data([0x00, 0x01]).write(to: directory.appendingPathComponent("99-bin.txt"))
    }

    func testSeveralJobsPrintWhatOneJobPrints() throws {
        for format in ["text", "json", "sarif", "jsonl", "html"] {
            let one = try QiyueProcess.run(["review", "--format", format, "--jobs", "1", "--date", "2026-12-03", directory.path])
            let four = try QiyueProcess.run(["review", "--format", format, "--jobs", "4", "--date", "2026-12-03", directory.path])
            XCTAssertEqual(one.status, 2, "an unreadable file makes the run exit 2 (\(format))")
            XCTAssertEqual(four, one, format)
        }
    }

    func testJSONLinesHaveOneFilePerLineAndASummary() throws {
        let result = try QiyueProcess.run(["review", "--format", "jsonl", "--jobs", "3", directory.path])
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.last, "", "the output ends with a newline")
        let objects = try lines.dropLast().map { line in
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        XCTAssertEqual(objects.count, 42)
        let paths = objects.dropLast().compactMap { $0["path"] as? String }
        XCTAssertEqual(paths, paths.sorted(), "files in the order of the walk")
        XCTAssertEqual(paths.count, 41)
        let summary = try XCTUnwrap(objects.last?["summary"] as? [String: Any])
        XCTAssertEqual(summary["files"] as? Int, 41)
        XCTAssertEqual(summary["unreadable"] as? Int, 1)
        // The summary matches the JSON report's.
        let json = try QiyueProcess.run(["review", "--format", "json", directory.path])
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(NSDictionary(dictionary: summary), NSDictionary(dictionary: try XCTUnwrap(root["summary"] as? [String: Any])))
        XCTAssertEqual(result.stderr, directory.path + "/99-bin.txt:1:1: 错误: 不是文本文件（第 0 字节为空字节）\n",
                       "no progress line when standard error is a pipe, only the unreadable file")
    }

    /// On a terminal (a pseudo-terminal from `script`), standard error carries the progress
    /// line, redrawn in place, ending with all files done and then cleared for the message
    /// naming the unreadable file.
    func testProgressLineOnATerminal() throws {
        let script = URL(fileURLWithPath: "/usr/bin/script")
        guard FileManager.default.isExecutableFile(atPath: script.path) else { throw XCTSkip("no script(1) to make a terminal") }
        let report = directory.appendingPathComponent("report.jsonl").path
        let command = [QiyueProcess.executable.path, "review", "--format", "jsonl", "--jobs", "2", "-o", report, directory.path]
            .map { "'" + $0 + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = script
        process.arguments = ["-qec", command, "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "QIYUE_LANG")
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let terminal = String(decoding: data, as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 2, "the unreadable file still makes the run exit 2")
        XCTAssertTrue(terminal.contains("\r\u{1B}[K审查 41/41 个文件，"), terminal)
        XCTAssertTrue(terminal.contains("MB/s，剩余约 0 秒"), terminal)
        // The unreadable file comes last: the line is cleared for its message and not drawn again.
        XCTAssertEqual(terminal.components(separatedBy: "\r\u{1B}[K").last?.trimmingCharacters(in: .newlines),
                       directory.path + "/99-bin.txt:1:1: 错误: 不是文本文件（第 0 字节为空字节）", "the line is cleared at the end")
        XCTAssertEqual(try String(contentsOfFile: report, encoding: .utf8).split(separator: "\n").count, 42)
    }
}
