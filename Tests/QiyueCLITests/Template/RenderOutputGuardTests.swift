import Foundation
import QiyueTestSupport
import XCTest

/// No output of `render` (single or batch) may replace one of the run's inputs.
final class RenderOutputGuardTests: ScratchDirectoryTestCase {
    func render(_ arguments: [String]) throws -> QiyueProcess.Result {
        try run(["render"] + arguments)
    }

    func refusal(_ path: String) -> String {
        "qiyue: 错误: 输出文件与输入文件相同：\(path)；不会覆盖输入\n运行“qiyue render --help”查看用法。\n"
    }

    func testSingleRenderRefusesTemplateDataAndIncludedFiles() throws {
        try write("t.txt", "{% include 'part.txt' %}{{ v }}")
        try write("part.txt", "P")
        try write("d.json", #"{"v": 1}"#)
        for output in ["t.txt", "./t.txt", "d.json", "part.txt"] {
            XCTAssertEqual(try render(["t.txt", "--data", "d.json", "-o", output]), .init(status: 2, stdout: "", stderr: refusal(output)))
        }
        XCTAssertEqual(try read("t.txt"), "{% include 'part.txt' %}{{ v }}")
        XCTAssertEqual(try read("part.txt"), "P")
        XCTAssertEqual(try read("d.json"), #"{"v": 1}"#)
        XCTAssertEqual(try render(["t.txt", "--data", "d.json", "-o", "out.txt"]), .init(status: 0, stdout: "", stderr: ""))
        XCTAssertEqual(try read("out.txt"), "P1")
    }

    func testSymbolicLinkToTheTemplateIsRefused() throws {
        try write("t.txt", "{{ v }}")
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("alias.txt").path, withDestinationPath: "t.txt")
        XCTAssertEqual(try render(["t.txt", "--set", "v=1", "-o", "alias.txt"]).status, 2)
        XCTAssertEqual(try read("t.txt"), "{{ v }}")
    }

    func testBatchRecordCannotReplaceRecordsOrTemplate() throws {
        try write("t.md", "{{ n }}")
        let records = "{\"id\": \"r\", \"n\": 1}\n{\"id\": \"t\", \"n\": 2}\n{\"id\": \"ok\", \"n\": 3}\n"
        try write("r.jsonl", records)
        let onRecords = try render(["--lang", "en", "t.md", "--data-lines", "r.jsonl", "--out-dir", ".", "--name", "{{ id }}.jsonl"])
        XCTAssertEqual(onRecords.status, 1)
        XCTAssertEqual(onRecords.stderr, "r.jsonl:1:1: error: the output is the input file: ./r.jsonl; refusing to overwrite it\nr.jsonl: 1 of 3 records failed; 2 files written\n")
        XCTAssertEqual(try read("r.jsonl"), records)
        let onTemplate = try render(["--lang", "en", "t.md", "--data-lines", "r.jsonl", "--out-dir", "."])
        XCTAssertEqual(onTemplate.status, 1)
        XCTAssertEqual(onTemplate.stderr, "r.jsonl:2:1: error: the output is the input file: ./t.md; refusing to overwrite it\nr.jsonl: 1 of 3 records failed; 2 files written\n")
        XCTAssertEqual(try read("t.md"), "{{ n }}")
        XCTAssertEqual(try read("ok.md"), "3")
    }
}
