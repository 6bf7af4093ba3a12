import Foundation
import QiyueTestSupport
import XCTest

/// `qiyue render TEMPLATE.docx --data DATA.json -o OUT.docx` end to end: a Word package comes
/// out, errors name the paragraph (and table cell, and header) the tag was typed in, and on
/// any error nothing is written.
final class WordRenderCommandTests: ScratchDirectoryTestCase {
    let corpus = "Tests/QiyueDraftingTests/Fixtures/WordTemplates"

    /// Runs `qiyue render` from the repository root, where the fixtures' relative paths start.
    func renderInRepository(_ arguments: [String]) throws -> QiyueProcess.Result {
        try QiyueProcess.run(["render"] + arguments, currentDirectory: TestSupport.repositoryRoot)
    }

    func testRendersAWordPackage() throws {
        let output = directory.appendingPathComponent("out.docx").path
        let result = try renderInRepository(["\(corpus)/split_two_runs.docx", "--data", "\(corpus)/split_two_runs.json", "-o", output])
        XCTAssertEqual(result, .init(status: 0, stdout: "", stderr: ""))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: output))
        XCTAssertEqual(Array(bytes.prefix(2)), [0x50, 0x4B])
    }

    func testErrorsNameTheParagraphAndWriteNothing() throws {
        let output = directory.appendingPathComponent("out.docx").path
        let cases: [(String, String)] = [
            ("undefined_variable", "\(corpus)/errors/undefined_variable.docx:第12段:7: 错误: 未定义的变量“project.nmae”\n项目：{{ project.nmae }}\n         ^~~~~~~~~~~~\n注: 您是否想用“project.name”？\n"),
            ("in_table_cell", "\(corpus)/errors/in_table_cell.docx:第5段（表1第2行第2列）:4: 错误: 未定义的变量“project.investorr”\n{{ project.investorr }}\n   ^~~~~~~~~~~~~~~~~\n注: 您是否想用“project.investor”？\n"),
        ]
        for (name, stderr) in cases {
            let result = try renderInRepository(["\(corpus)/errors/\(name).docx", "--data", "\(corpus)/single_run.json", "-o", output])
            XCTAssertEqual(result, .init(status: 2, stdout: "", stderr: stderr), name)
            XCTAssertFalse(FileManager.default.fileExists(atPath: output), name)
        }
        let header = try renderInRepository(["\(corpus)/errors/in_header.docx", "--data", "\(corpus)/single_run.json", "-o", output, "--lang", "en"])
        XCTAssertEqual(header.status, 2)
        XCTAssertTrue(header.stderr.hasPrefix("\(corpus)/errors/in_header.docx:header1:paragraph 1:17: error: unknown filter 'cny_uper'\n"), header.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    func testTheOutputMustBeADocxFile() throws {
        let template = "\(corpus)/single_run.docx"
        XCTAssertEqual(try renderInRepository([template, "--data", "\(corpus)/single_run.json"]).status, 2)
        let markdown = try renderInRepository([template, "--data", "\(corpus)/single_run.json", "-o", directory.appendingPathComponent("a.md").path])
        XCTAssertEqual(markdown.status, 2)
        XCTAssertTrue(markdown.stderr.contains("OUT.docx"), markdown.stderr)
    }
}

extension WordRenderCommandTests {
    func testVariablesOfAWordTemplate() throws {
        let result = try renderInRepository(["--variables", "\(corpus)/drafting/agreement.docx"])
        XCTAssertEqual(result, .init(status: 0, stdout: """
            project.name
            project.agreement.government.name
            project.agreement.investor.name
            project.construction.content
            project.investment.total_yuan
            project.policies
            project.policies[]
            project.agreement.number

            """, stderr: ""))
    }
}

extension WordRenderCommandTests {
    /// Batch mode writes real DOCX files from a Word template; with --review, a record whose
    /// document the review rejects is reported and not written.
    func testBatchWritesWordFilesAndReviewsEachRecord() throws {
        let project = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("Examples/projects/puer-coffee.json"))) as? [String: Any])
        var lines: [String] = []
        for index in 0..<3 {
            var record = project
            if index == 1 { record["construction"] = ["content": ["zh": "甲方承诺项目用地出让价**格为每亩8**万元。", "en": "x"]] }
            let line = try JSONSerialization.data(withJSONObject: ["id": "r\(index)", "project": record], options: [.sortedKeys])
            lines.append(String(decoding: line, as: UTF8.self))
        }
        let records = directory.appendingPathComponent("records.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: records)
        let out = directory.appendingPathComponent("out")
        let result = try renderInRepository(["\(corpus)/drafting/agreement.docx", "--data-lines", records.path, "--out-dir", out.path, "--review"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("错误: [land.price-promise] "), result.stderr)
        XCTAssertTrue(result.stderr.contains("\(records.path):2:1: 错误: 审查发现 1 个错误，未写入“r1.docx”\n"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(), ["r0.docx", "r2.docx"])
        let first = try Data(contentsOf: out.appendingPathComponent("r0.docx"))
        XCTAssertEqual(Array(first.prefix(2)), [0x50, 0x4B])
    }

    /// A text template's output is never written into a file named .docx.
    func testATextTemplateCannotMakeDocxFiles() throws {
        let records = directory.appendingPathComponent("r.jsonl")
        try Data("{\"id\": \"a\"}\n".utf8).write(to: records)
        let result = try renderInRepository(["Templates/agreement.md.jinja", "--data-lines", records.path, "--out-dir", directory.path, "--name", "{{ id }}.docx"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("qiyue: 错误: 文本模板不能生成 .docx 文件（--name {{ id }}.docx）；请用 Word 模板\n"), result.stderr)
    }
}
