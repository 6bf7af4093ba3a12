import Foundation
import QiyueTestSupport
import XCTest

/// Inputs sized to exhaust memory: each is refused with a located error, exit 2, before the
/// work is done, and nothing is written.
final class HostileLimitsTests: ScratchDirectoryTestCase {
    private static func table(columns: Int, rows: Int) -> String {
        let row = "|" + Array(repeating: "格", count: columns).joined(separator: "|") + "|\n"
        return "前言\n\n" + row + "|" + Array(repeating: "-", count: columns).joined(separator: "|") + "|\n" + String(repeating: row, count: rows)
    }

    /// 5,000 columns once took 35 s and gigabytes; a 64th column is already beyond Word's limit.
    func testTableWithTooManyColumnsIsRefusedAtItsLine() throws {
        try write("宽表.md", Self.table(columns: 64, rows: 2))
        XCTAssertEqual(try run(["convert", "宽表.md", "宽表.docx"]), .init(status: 2, stdout: "", stderr: """
            宽表.md:3:1: 错误: 表格有 64 列、3 行，超过上限（最多 63 列、250000 个单元格）；请拆分表格

            """))
        XCTAssertFalse(exists("宽表.docx"))
        try write("窄表.md", Self.table(columns: 63, rows: 2))
        XCTAssertEqual(try run(["convert", "窄表.md", "窄表.docx"]).status, 0)
    }

    func testTableWithTooManyCellsIsRefusedForEveryOutputFormat() throws {
        try write("长表.md", Self.table(columns: 10, rows: 25_000))
        for output in ["长表.docx", "长表.html", "-"] {
            let result = try run(["--lang", "en", "convert", "长表.md", output])
            XCTAssertEqual(result.status, 2, output)
            XCTAssertEqual(result.stderr, "长表.md:3:1: error: the table has 10 columns and 25001 rows, beyond the limit (at most 63 columns and 250000 cells); split the table\n", output)
            XCTAssertEqual(result.stdout, "")
        }
        XCTAssertFalse(exists("长表.docx") || exists("长表.html"))
    }

    /// A 300 MB data file took 1.2 GB before the renderer refused the value.
    func testDataFileAboveTheLimitIsRefusedUnread() throws {
        try write("t.md", "{{ x }}")
        try write("big.json", "{\"x\": \"" + String(repeating: "y", count: 64 << 20) + "\"}")
        XCTAssertEqual(try run(["render", "t.md", "--data", "big.json", "-o", "out.md"]), .init(status: 2, stdout: "", stderr: """
            big.json:1:1: 错误: 数据文件超过 64 MiB 的上限，未读取

            """))
        XCTAssertFalse(exists("out.md"))
    }

    /// A 300 MB record aborted the allocator; now only that record fails and the others render.
    func testOverlongRecordFailsAloneAndTheOthersAreWritten() throws {
        try write("t.md", "{{ x }}")
        try write("r.jsonl", "{\"id\": \"a\", \"x\": \"甲\"}\n{\"id\": \"b\", \"x\": \"" + String(repeating: "y", count: 16 << 20) + "\"}\r\n{\"id\": \"c\", \"x\": \"丙\"}")
        XCTAssertEqual(try run(["--lang", "en", "render", "t.md", "--data-lines", "r.jsonl", "--out-dir", "out"]), .init(status: 1, stdout: "", stderr: """
            r.jsonl:2:1: error: the record is larger than the 16 MiB limit and was not read
            r.jsonl: 1 of 3 records failed; 2 files written

            """))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out").path).sorted(), ["a.md", "c.md"])
    }

    /// 8,000 duplicate keys printed 3.5 MB of warnings, each with a long excerpt, and took
    /// minutes; agreement and dossier now print the first hundred and count the rest.
    func testDuplicateKeysAreCappedAndCounted() throws {
        let project = try String(contentsOf: DraftingFixtures.fixture("banned-land-rebate"), encoding: .utf8)
        let body = project.drop { $0 != "{" }.dropFirst()
        try write("dup.json", "{" + String(repeating: "\"_note\": \"\(String(repeating: "x", count: 100))\", ", count: 8_000) + body)
        for command in ["agreement", "dossier"] {
            let result = try run(["--lang", "en", command, "dup.json", "-o", "\(command).md"])
            XCTAssertEqual(result.status, 2, command)
            let messages = result.stderr.components(separatedBy: "error: /_note: field \"_note\" appears more than once").count - 1
            XCTAssertEqual(messages, 100, command)
            XCTAssertTrue(result.stderr.hasSuffix("… 7899 more messages not shown; qiyue check --format json lists them all\n"), String(result.stderr.suffix(300)))
            XCTAssertLessThan(result.stderr.utf8.count, 100_000, command)
        }
    }

    /// An input above the review's size limit is refused before it is read, counted as not
    /// reviewed, and the other inputs are still reviewed. The file is sparse, so the test
    /// writes nothing; the old reader read all of it and reported its NUL bytes instead.
    func testReviewInputAboveTheLimitIsRefusedUnread() throws {
        try write("协议.txt", "甲方承诺返还土地出让金。\n")
        try write("大文件.txt", Data())
        let handle = try FileHandle(forWritingTo: directory.appendingPathComponent("大文件.txt"))
        try handle.truncate(atOffset: UInt64(64 << 20) + 1)
        try handle.close()
        let result = try run(["review", "大文件.txt", "协议.txt"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("大文件.txt: 错误: 文件超过 64 MiB 的上限，未审查\n"), result.stderr)
        XCTAssertTrue(result.stdout.contains("协议.txt:1:5: 错误: [land.fee-rebate]"), result.stdout)
        XCTAssertTrue(result.stdout.contains("审查 2 个文件：错误 1，") && result.stdout.contains("；未审查 1 个文件"), result.stdout)
        let english = try run(["--lang", "en", "review", "大文件.txt"])
        XCTAssertEqual(english.status, 2)
        XCTAssertEqual(english.stderr, "大文件.txt: error: the file is larger than the 64 MiB limit and was not reviewed\n")
        XCTAssertTrue(english.stdout.hasSuffix("; 1 not reviewed\n"), english.stdout)
    }
}
