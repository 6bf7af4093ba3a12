import Foundation
import QiyueTestSupport
import XCTest

/// `qiyue agreement PROJECT.json --template 我的协议模板.docx -o OUT.docx`: the bureau's own Word
/// template, filled with the project and put through the same review gate.
final class WordTemplateDraftingTests: ScratchDirectoryTestCase {
    let templates = "Tests/QiyueDraftingTests/Fixtures/WordTemplates/drafting"

    /// Runs `qiyue` from the repository root, where the fixtures' relative paths start.
    func runInRepository(_ arguments: [String]) throws -> QiyueProcess.Result {
        try QiyueProcess.run(arguments, currentDirectory: TestSupport.repositoryRoot)
    }

    func testALawfulTemplateIsDraftedAndReviewed() throws {
        let output = directory.appendingPathComponent("协议.docx").path
        let result = try runInRepository(["agreement", "Examples/projects/puer-coffee.json", "--template", "\(templates)/agreement.docx", "-o", output])
        XCTAssertEqual(result.status, 0, result.stderr)
        // The small template lacks the articles the completeness rules look for: warnings, not errors,
        // and no note blames the project file for what the template leaves out.
        XCTAssertEqual(result.stdout, "已写入 \(output)（审查：0 个错误，4 个警告）\n")
        XCTAssertFalse(result.stderr.contains("来自项目文件"), result.stderr)
        let review = try runInRepository(["review", output])
        XCTAssertEqual(review.status, 0)
        XCTAssertTrue(review.stdout.hasSuffix("审查 1 个文件：错误 0，警告 4，提示 0；土地 0，税收 0，担保与隐性债务 0，协议完整性 4\n"), review.stdout)
    }

    func testABannedClauseInTheWordTemplateIsRefused() throws {
        let output = directory.appendingPathComponent("补充.docx").path
        let result = try runInRepository(["agreement", "Examples/projects/puer-coffee.json", "--template", "\(templates)/banned-clause.docx", "-o", output])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("\(output):2:26: 错误: [tax.pegged-reward] "))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    func testAWordTemplateNeedsADocxOutput() throws {
        let result = try runInRepository(["agreement", "Examples/projects/puer-coffee.json", "--template", "\(templates)/agreement.docx", "-o", directory.appendingPathComponent("a.md").path, "--lang", "en"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("with a Word template (--template) the output must be .docx"), result.stderr)
    }
}
