import Foundation
import QiyueTestSupport
import XCTest

/// `qiyue render TEMPLATE.docx --data DATA.json -o OUT.docx` end to end: a Word package comes
/// out, errors name the paragraph (and table cell, and header) the tag was typed in, and on
/// any error nothing is written.
final class WordRenderCommandTests: XCTestCase {
    var directory: URL!
    let corpus = "Tests/QiyueDraftingTests/Fixtures/WordTemplates"

    override func setUpWithError() throws {
        directory = try TestSupport.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func run(_ arguments: [String]) throws -> QiyueProcess.Result {
        try QiyueProcess.run(["render"] + arguments, currentDirectory: TestSupport.repositoryRoot)
    }

    func testRendersAWordPackage() throws {
        let output = directory.appendingPathComponent("out.docx").path
        let result = try run(["\(corpus)/split_two_runs.docx", "--data", "\(corpus)/split_two_runs.json", "-o", output])
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
            let result = try run(["\(corpus)/errors/\(name).docx", "--data", "\(corpus)/single_run.json", "-o", output])
            XCTAssertEqual(result, .init(status: 2, stdout: "", stderr: stderr), name)
            XCTAssertFalse(FileManager.default.fileExists(atPath: output), name)
        }
        let header = try run(["\(corpus)/errors/in_header.docx", "--data", "\(corpus)/single_run.json", "-o", output, "--lang", "en"])
        XCTAssertEqual(header.status, 2)
        XCTAssertTrue(header.stderr.hasPrefix("\(corpus)/errors/in_header.docx:header1:paragraph 1:17: error: unknown filter 'cny_uper'\n"), header.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    func testTheOutputMustBeADocxFile() throws {
        let template = "\(corpus)/single_run.docx"
        XCTAssertEqual(try run([template, "--data", "\(corpus)/single_run.json"]).status, 2)
        let markdown = try run([template, "--data", "\(corpus)/single_run.json", "-o", directory.appendingPathComponent("a.md").path])
        XCTAssertEqual(markdown.status, 2)
        XCTAssertTrue(markdown.stderr.contains("OUT.docx"), markdown.stderr)
    }
}

extension WordRenderCommandTests {
    func testVariablesOfAWordTemplate() throws {
        let result = try run(["--variables", "\(corpus)/drafting/agreement.docx"])
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
