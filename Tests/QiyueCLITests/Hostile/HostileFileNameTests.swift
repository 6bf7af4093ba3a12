import Foundation
import QiyueTestSupport
import XCTest

/// File names are data: a line feed, an escape sequence or U+202E in a name must not reach
/// the terminal raw, where it could forge a line or reverse what the reader sees.
final class HostileFileNameTests: ScratchDirectoryTestCase {
    func testReviewEscapesControlAndBidiCharactersInNames() throws {
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("d"), withIntermediateDirectories: true)
        try write("d/a\nb\u{1B}[2J\t\u{202E}txt.md", "第一条 甲方承诺返还土地出让金。\n")
        let result = try run(["review", "d"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.hasPrefix("d/a\\nb\\u{1B}[2J\\t\\u{202E}txt.md:1:9: 错误: [land.fee-rebate]"), result.stdout)
        XCTAssertTrue(result.stdout.contains("依据（d/a\\nb\\u{1B}[2J\\t\\u{202E}txt.md）："), result.stdout)
        XCTAssertFalse((result.stdout + result.stderr).contains { $0 == "\u{1B}" || $0 == "\u{202E}" || $0 == "\t" })
    }

    /// A name built from the data is printed escaped, and a write that fails is a located
    /// error naming the record, as every other batch error is.
    func testBatchMessagesEscapeNamesFromTheData() throws {
        try write("t.md", "{{ x }}")
        try Data("{\"id\": \"a\\u202Eb\", \"x\": 1}\n{\"id\": \"a\\u202Eb\", \"x\": 2}\n{\"id\": \"c\", \"x\": 3}\n".utf8)
            .write(to: directory.appendingPathComponent("r.jsonl"))
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("out/c.md"), withIntermediateDirectories: true)
        let result = try run(["--lang", "en", "render", "t.md", "--data-lines", "r.jsonl", "--out-dir", "out"])
        XCTAssertEqual(result.status, 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "r.jsonl:2:1: error: file name 'a\\u{202E}b.md' repeats the record on line 1")
        XCTAssertTrue(lines.contains { $0.hasPrefix("r.jsonl:3:1: error: cannot write out/c.md: ") }, result.stderr)
        XCTAssertEqual(lines.last, "r.jsonl: 2 of 3 records failed; 1 files written")
        XCTAssertFalse(result.stderr.contains("\u{202E}"))
    }
}
