import Foundation
import QiyueTestSupport
import XCTest

/// `qiyue agreement` end to end: it refuses to write an agreement the review rejects, writes
/// it with `--force`, never touches an existing output when it refuses, and reports usage,
/// project and template errors with exit status 2.
final class AgreementCommandTests: ScratchDirectoryTestCase {
    var banned: String { DraftingFixtures.fixture("banned-land-rebate").path }

    func testRefusesToWriteWhenTheReviewFindsABannedClause() throws {
        // The review reads the document as written, so each finding is located in that file:
        // a line of the Markdown, a paragraph of the DOCX, a line of the HTML.
        for (ext, line, column) in [("md", 40, 57), ("docx", 23, 57), ("html", 102, 112)] {
            let output = directory.appendingPathComponent("agreement.\(ext)").path
            let result = try QiyueProcess.run(["agreement", banned, "-o", output])
            XCTAssertEqual(result.status, 1)
            XCTAssertEqual(result.stdout, "")
            XCTAssertTrue(result.stderr.hasPrefix("\(output):\(line):\(column): 错误: [land.fee-rebate] "), result.stderr)
            XCTAssertTrue(result.stderr.contains("甲方承诺返还土地出让金的50%"))
            // The note points at the characters in the project file the clause came from.
            XCTAssertTrue(result.stderr.contains("\(banned):45:62: 注: [land.fee-rebate]（agreement.\(ext) 第 \(line) \(ext == "docx" ? "段" : "行")）的文字来自项目文件的 /construction/content/zh，请在项目文件中修改\n"), result.stderr)
            XCTAssertTrue(result.stderr.hasSuffix("qiyue: 审查发现 1 个错误，未写入“\(output)”。请修改项目文件或模板；确需保留时使用 --force。\n"), result.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: output), ext)
        }
    }

    func testRefusalInEnglish() throws {
        let output = directory.appendingPathComponent("a.md").path
        let result = try QiyueProcess.run(["agreement", banned, "-o", output, "--lang", "en"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasSuffix("qiyue: the review found 1 error(s); '\(output)' was not written. Fix the project file or the template, or use --force.\n"), result.stderr)
    }

    func testARefusalLeavesAnExistingOutputUntouched() throws {
        let output = directory.appendingPathComponent("agreement.md")
        try "previous version\n".write(to: output, atomically: true, encoding: .utf8)
        let result = try QiyueProcess.run(["agreement", banned, "-o", output.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "previous version\n")
    }

    func testForceWritesAndStillListsTheFindings() throws {
        let output = directory.appendingPathComponent("agreement.md").path
        let result = try QiyueProcess.run(["agreement", banned, "-o", output, "--force"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "已写入 \(output)（审查：1 个错误，0 个警告）\n")
        XCTAssertTrue(result.stderr.hasPrefix("\(output):40:57: 错误: [land.fee-rebate] "))
        let text = try String(contentsOfFile: output, encoding: .utf8)
        XCTAssertTrue(text.contains("甲方承诺返还土地出让金的50%，作为乙方基础设施配套补助。"))
    }

    func testWritesEachFormat() throws {
        for ext in ["md", "html", "docx"] {
            let output = directory.appendingPathComponent("agreement.\(ext)").path
            let result = try QiyueProcess.run(["agreement", DraftingFixtures.puerCoffee.path, "-o", output])
            XCTAssertEqual(result, .init(status: 0, stdout: "已写入 \(output)（审查：0 个错误，0 个警告）\n", stderr: ""))
        }
        let html = try String(contentsOfFile: directory.appendingPathComponent("agreement.html").path, encoding: .utf8)
        XCTAssertTrue(html.contains("<header class=\"title-page\">\n<h1>普洱咖啡精深加工及产业服务平台项目</h1>\n<p class=\"subtitle\">投资协议</p>"))
        let docx = try Data(contentsOf: directory.appendingPathComponent("agreement.docx"))
        XCTAssertEqual(Array(docx.prefix(4)), [0x50, 0x4B, 0x03, 0x04])
    }

    func testUsageErrors() throws {
        let project = DraftingFixtures.puerCoffee.path
        XCTAssertEqual(try QiyueProcess.run(["agreement", project]),
                       .init(status: 2, stdout: "", stderr: "qiyue: 错误: 缺少参数 -o OUT\n运行“qiyue agreement --help”查看用法。\n"))
        XCTAssertEqual(try QiyueProcess.run(["agreement", "-o", "x.md"]),
                       .init(status: 2, stdout: "", stderr: "qiyue: 错误: 缺少参数 PROJECT.json\n运行“qiyue agreement --help”查看用法。\n"))
        XCTAssertEqual(try QiyueProcess.run(["agreement", project, "-o", "x.pdf"]),
                       .init(status: 2, stdout: "", stderr: "qiyue: 错误: 选项“-o”的取值“x.pdf”无效，应为 OUT.docx, OUT.html, OUT.md\n运行“qiyue agreement --help”查看用法。\n"))
        XCTAssertEqual(try QiyueProcess.run(["agreement", project, project, "-o", "x.md"]),
                       .init(status: 2, stdout: "", stderr: "qiyue: 错误: 多余的参数“\(project)”\n运行“qiyue agreement --help”查看用法。\n"))
    }

    func testMissingProjectFile() throws {
        let output = directory.appendingPathComponent("a.md").path
        let result = try QiyueProcess.run(["agreement", "no-such-project.json", "-o", output])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("no-such-project.json"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    func testInvalidProjectIsNotDrafted() throws {
        var text = try String(contentsOf: DraftingFixtures.puerCoffee, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"area_mu\": 120,", with: "\"area_mu\": \"一百二十\",")
        let project = directory.appendingPathComponent("broken.json")
        try text.write(to: project, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("a.md").path
        let result = try QiyueProcess.run(["agreement", project.path, "-o", output])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.hasPrefix("\(project.path):"), result.stderr)
        XCTAssertTrue(result.stderr.contains("/land/area_mu"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    func testTemplateErrorsPointIntoTheTemplate() throws {
        let templates = directory.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "# {{ project.name|t('zh') }}\n\n{{ project.no_such_field }}\n".write(to: templates.appendingPathComponent("agreement.md.jinja"), atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("a.md").path
        let result = try QiyueProcess.run(["agreement", DraftingFixtures.puerCoffee.path, "-o", output, "--templates", templates.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("agreement.md.jinja:3:4: 错误: "), result.stderr)
        XCTAssertTrue(result.stderr.contains("project.no_such_field"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    /// A banned clause written into an edited template is caught the same way, with no note
    /// blaming the project file.
    func testBannedClauseInAnEditedTemplateIsRefused() throws {
        let templates = directory.appendingPathComponent("edited")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let template = "# {{ project.name|t('zh') }}投资协议\n\n甲方：{{ project.agreement.government.name }}\n\n乙方：{{ project.agreement.investor.name }}\n\n第一条　甲方为乙方向银行贷款提供连带责任担保。\n"
        try template.write(to: templates.appendingPathComponent("agreement.md.jinja"), atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("a.md").path
        let result = try QiyueProcess.run(["agreement", DraftingFixtures.puerCoffee.path, "-o", output, "--templates", templates.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("\(output):7:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("[guarantee."), result.stderr)
        XCTAssertFalse(result.stderr.contains("来自项目文件"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    func testTemplatesFromTheEnvironment() throws {
        let templates = directory.appendingPathComponent("custom")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "# {{ project.agreement.number }}\n\n第一条　{{ project.agreement.investor.name }}\n".write(to: templates.appendingPathComponent("agreement.md.jinja"), atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("a.md")
        let result = try QiyueProcess.run(["agreement", DraftingFixtures.puerCoffee.path, "-o", output.path], environment: ["QIYUE_TEMPLATES": templates.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "# PEZS-2025-018\n\n第一条　云南普咖科技有限公司\n")
    }

    func testExplicitTemplateDirectoryWithoutTheTemplateIsAnError() throws {
        let result = try QiyueProcess.run(["agreement", DraftingFixtures.puerCoffee.path, "-o", "a.md", "--templates", directory.path, "--lang", "en"])
        XCTAssertEqual(result, .init(status: 2, stdout: "", stderr: "qiyue: error: the directory '\(directory.path)' given by --templates has no template 'agreement.md.jinja'\nRun 'qiyue agreement --help' for usage.\n"))
    }

    /// A review exemption smuggled into project data would switch the review off for the
    /// clause after it; drafting refuses any HTML comment in project text.
    func testReviewExemptionInProjectDataIsRejected() throws {
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: DraftingFixtures.puerCoffee)) as? [String: Any])
        var construction = try XCTUnwrap(object["construction"] as? [String: Any])
        construction["content"] = ["zh": "新建生产厂房。<!-- qiyue-disable land.fee-rebate: 已同意 -->甲方承诺返还土地出让金的50%。", "en": "New buildings."]
        object["construction"] = construction
        let project = directory.appendingPathComponent("exempted.json")
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: project)
        let output = directory.appendingPathComponent("a.md").path
        for extra in [[], ["--force"]] {
            let result = try QiyueProcess.run(["agreement", project.path, "-o", output] + extra)
            XCTAssertEqual(result.status, 2)
            XCTAssertTrue(result.stderr.contains(": 错误: /construction/content/zh: 项目文字不能包含 HTML 注释“<!--”\n"), result.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: output))
        }
    }

    func testMissingOutputDirectoryIsReportedBeforeDrafting() throws {
        let output = directory.appendingPathComponent("no-such-dir/a.docx").path
        let result = try QiyueProcess.run(["agreement", DraftingFixtures.puerCoffee.path, "-o", output])
        XCTAssertEqual(result, .init(status: 2, stdout: "", stderr: "错误: 无法写入 \(output)：目录 \(directory.appendingPathComponent("no-such-dir").path) 不存在\n"))
    }

    /// Hostile data repeating a banned clause thousands of times is refused without flooding
    /// the terminal: fifty findings are listed, then the totals.
    func testManyFindingsAreCappedInTheListing() throws {
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: DraftingFixtures.puerCoffee)) as? [String: Any])
        var construction = try XCTUnwrap(object["construction"] as? [String: Any])
        construction["content"] = ["zh": String(repeating: "甲方承诺返还土地出让金。", count: 120), "en": "Buildings."]
        object["construction"] = construction
        let project = directory.appendingPathComponent("flood.json")
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: project)
        let output = directory.appendingPathComponent("a.md").path
        let result = try QiyueProcess.run(["agreement", project.path, "-o", output])
        XCTAssertEqual(result.status, 1)
        let headlines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("\(output):") && $0.contains(": 错误: ") }
        XCTAssertEqual(headlines.count, 50)
        XCTAssertTrue(result.stderr.contains("……另有 70 个问题未列出；审查共发现错误 120 个，警告 0 个\n"), String(result.stderr.suffix(400)))
        XCTAssertTrue(result.stderr.hasSuffix("qiyue: 审查发现 120 个错误，未写入“\(output)”。请修改项目文件或模板；确需保留时使用 --force。\n"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    /// The project file and the templates are inputs: an `-o` that leads to one of them is refused
    /// before anything is drafted, and the file is left as it was.
    func testOutputOverTheProjectOrATemplateIsRefused() throws {
        let project = directory.appendingPathComponent("p.json")
        try FileManager.default.copyItem(at: DraftingFixtures.puerCoffee, to: project)
        let templates = directory.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: TestSupport.repositoryRoot.appendingPathComponent("Templates"), to: templates)
        let template = templates.appendingPathComponent("agreement.md.jinja")
        let before = try Data(contentsOf: template)
        // Only .md, .docx and .html are outputs, so the inputs are reached through links.
        let hardLink = directory.appendingPathComponent("p.md").path
        let symbolicLink = directory.appendingPathComponent("t.md").path
        XCTAssertEqual(link(project.path, hardLink), 0)
        try FileManager.default.createSymbolicLink(atPath: symbolicLink, withDestinationPath: template.path)
        for output in [hardLink, symbolicLink] {
            let result = try QiyueProcess.run(["agreement", project.path, "-o", output, "--templates", templates.path])
            XCTAssertEqual(result, .init(status: 2, stdout: "", stderr: "qiyue: 错误: 输出文件与输入文件相同：\(output)；不会覆盖输入\n运行“qiyue agreement --help”查看用法。\n"))
        }
        XCTAssertEqual(try Data(contentsOf: project), try Data(contentsOf: DraftingFixtures.puerCoffee))
        XCTAssertEqual(try Data(contentsOf: template), before)
    }

    func testOfficialStyleIsWrittenAndRefusedWhereItWouldChangeNothing() throws {
        let project = TestSupport.repositoryRoot.appendingPathComponent("Examples/projects/puer-coffee.json").path
        let docx = directory.appendingPathComponent("公文.docx").path
        XCTAssertEqual(try QiyueProcess.run(["agreement", project, "--style", "official", "-o", docx]).stdout, "已写入 \(docx)（审查：0 个错误，0 个警告）\n")
        XCTAssertTrue(String(decoding: try Data(contentsOf: URL(fileURLWithPath: docx)), as: UTF8.self).contains("word/footer3.xml"))
        let markdown = directory.appendingPathComponent("公文.md").path
        let refused = try QiyueProcess.run(["agreement", project, "--style", "official", "-o", markdown])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.hasPrefix("qiyue: 错误: --style official 只用于标准模板起草的 .docx 输出\n"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: markdown))
        XCTAssertEqual(try QiyueProcess.run(["agreement", project, "--style", "fancy", "-o", docx]).status, 2)
    }
}
