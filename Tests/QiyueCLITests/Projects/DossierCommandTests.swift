import Foundation
import QiyueTestSupport
import XCTest

/// `qiyue dossier` end to end: `--edition` picks the dossier or the brochure, `--lang` the messages.
final class DossierCommandTests: ScratchDirectoryTestCase {
    func testEditionPicksTheDocumentAndLangTheMessages() throws {
        let project = DraftingFixtures.puerCoffee.path
        let cases: [(options: [String], firstHeading: String, message: String)] = [
            ([], "## 一、项目概况", "已写入"),
            (["--edition", "zh"], "## 一、项目概况", "已写入"),
            (["--edition", "zh-en"], "## 项目概况<br>Project Overview", "已写入"),
            (["--edition", "en"], "## Project Overview", "已写入"),
            (["--edition", "en", "--lang", "en"], "## Project Overview", "wrote"),
            (["--lang", "en"], "## 一、项目概况", "wrote"),
        ]
        for (index, run) in cases.enumerated() {
            let output = directory.appendingPathComponent("\(index).md").path
            let result = try QiyueProcess.run(["dossier", project] + run.options + ["-o", output])
            XCTAssertEqual(result, .init(status: 0, stdout: "\(run.message) \(output)\n", stderr: ""))
            let text = try String(contentsOfFile: output, encoding: .utf8)
            let heading = text.split(separator: "\n").first { $0.hasPrefix("## ") }.map(String.init)
            XCTAssertEqual(heading, run.firstHeading)
        }
    }

    func testUnknownEditionIsAUsageError() throws {
        let result = try QiyueProcess.run(["dossier", DraftingFixtures.puerCoffee.path, "--edition", "zh-fr", "-o", "x.md"])
        XCTAssertEqual(result, .init(status: 2, stdout: "", stderr: "qiyue: 错误: 选项“--edition”的取值“zh-fr”无效，应为 zh|en|zh-en\n运行“qiyue dossier --help”查看用法。\n"))
    }

    func testBrochureNeedsEnglishForEveryTextField() throws {
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: DraftingFixtures.puerCoffee)) as? [String: Any])
        object["market"] = ["zh": "国内咖啡消费年均增长15%以上。"]
        let project = directory.appendingPathComponent("zh-only-market.json")
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: project)
        let output = directory.appendingPathComponent("b.html").path
        let result = try QiyueProcess.run(["dossier", project.path, "--edition", "zh-en", "-o", output])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.hasPrefix("\(project.path):"), result.stderr)
        XCTAssertTrue(result.stderr.contains(": 错误: /market: 缺少英文（\"en\"）\n"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("注: 双语推介册需要每个文字字段的英文\n"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
        // The Chinese dossier needs no English and still renders.
        let dossier = try QiyueProcess.run(["dossier", project.path, "-o", directory.appendingPathComponent("d.md").path])
        XCTAssertEqual(dossier.status, 0, dossier.stderr)
    }

    func testWritesHTMLAndDOCX() throws {
        let html = directory.appendingPathComponent("brochure.html").path
        let result = try QiyueProcess.run(["dossier", DraftingFixtures.puerCoffee.path, "--edition", "zh-en", "-o", html])
        XCTAssertEqual(result.status, 0)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        XCTAssertTrue(page.contains("@page { size: A4;"))
        XCTAssertTrue(page.contains("<blockquote>"))
        let english = directory.appendingPathComponent("brochure-en.html").path
        XCTAssertEqual(try QiyueProcess.run(["dossier", DraftingFixtures.puerCoffee.path, "--edition", "en", "-o", english]).status, 0)
        XCTAssertTrue(try String(contentsOfFile: english, encoding: .utf8).hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        let docx = directory.appendingPathComponent("dossier.docx").path
        XCTAssertEqual(try QiyueProcess.run(["dossier", DraftingFixtures.puerCoffee.path, "-o", docx]).status, 0)
        XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: docx)).prefix(2)), [0x50, 0x4B])
    }

    /// The help lists `--edition` for the document and the common `--lang` for messages, once each.
    func testHelpSeparatesEditionFromMessageLanguage() throws {
        let result = try QiyueProcess.run(["dossier", "--help", "--lang", "en"])
        XCTAssertEqual(result.status, 0)
        let optionLines = result.stdout.split(separator: "\n").filter { $0.hasPrefix("      --edition") || $0.hasPrefix("      --lang") }
        XCTAssertEqual(optionLines.count, 2, result.stdout)
        XCTAssertEqual(optionLines.first, "      --edition zh|en|zh-en  edition: zh the promotion dossier (default), zh-en the bilingual brochure, en the English brochure")
        XCTAssertTrue(optionLines.last?.hasPrefix("      --lang") ?? false)
    }

    /// A `|` in free text would split a table cell; the templates escape it.
    func testPipeInFreeTextStaysInItsTableCell() throws {
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: DraftingFixtures.puerCoffee)) as? [String: Any])
        var cooperation = try XCTUnwrap(object["cooperation"] as? [String: Any])
        cooperation["mode"] = ["zh": "独资|合资均可", "en": "Wholly owned | joint venture"]
        object["cooperation"] = cooperation
        let project = directory.appendingPathComponent("pipe.json")
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: project)
        let html = directory.appendingPathComponent("d.html").path
        XCTAssertEqual(try QiyueProcess.run(["dossier", project.path, "-o", html]).status, 0)
        XCTAssertTrue(try String(contentsOfFile: html, encoding: .utf8).contains("<tr><td>合作方式</td><td>独资|合资均可</td></tr>"))
        let brochure = directory.appendingPathComponent("b.md").path
        XCTAssertEqual(try QiyueProcess.run(["dossier", project.path, "--edition", "zh-en", "-o", brochure]).status, 0)
        XCTAssertTrue(try String(contentsOfFile: brochure, encoding: .utf8).contains("| 合作方式<br>Cooperation mode | 独资\\|合资均可<br>Wholly owned \\| joint venture |\n"))
    }
}
