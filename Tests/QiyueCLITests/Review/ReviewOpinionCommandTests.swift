import Foundation
import QiyueTestSupport
import XCTest

/// `qiyue review --format html|docx`, end to end on the examples: every finding of the JSON
/// report is a row of the opinion, with the same rule and place, and the runs' standard
/// output, standard error and exit status are those of the other formats.
final class ReviewOpinionCommandTests: ScratchDirectoryTestCase {
    /// The examples: the hand-written draft and every generated agreement in three formats.
    var examples: [String] {
        let root = TestSupport.repositoryRoot.appendingPathComponent("Examples")
        var paths = [root.appendingPathComponent("drafts/wenshan-aluminium-draft.md").path]
        let output = root.appendingPathComponent("output")
        for project in (try? FileManager.default.contentsOfDirectory(atPath: output.path).sorted()) ?? [] {
            for name in ["agreement.md", "agreement.docx", "agreement.html"] {
                paths.append(output.appendingPathComponent(project).appendingPathComponent(name).path)
            }
        }
        return paths
    }

    /// `(path, rule, line, column)` of every finding in a JSON report, in order.
    func jsonFindings(_ json: String) throws -> [[String]] {
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try XCTUnwrap(root["files"] as? [[String: Any]]).enumerated().flatMap { index, file in
            ((file["findings"] as? [[String: Any]]) ?? []).map { finding in
                ["f\(index + 1)", finding["rule"] as? String ?? "?", "\(finding["line"] ?? "?")", "\(finding["column"] ?? "?")"]
            }
        }
    }

    /// The same of every row of the opinion's findings and missing-elements tables.
    func htmlFindings(_ html: String) throws -> [[String]] {
        let pattern = try NSRegularExpression(pattern: "<tr id=\"(f[0-9]+)-r[0-9]+\" data-rule=\"([^\"]+)\" data-line=\"([0-9]+)\" data-column=\"([0-9]+)\">")
        let text = html as NSString
        return pattern.matches(in: html, range: NSRange(location: 0, length: text.length)).map { match in
            (1...4).map { text.substring(with: match.range(at: $0)) }
        }
    }

    func testEveryFindingOfTheJSONReportIsInTheOpinion() throws {
        let paths = examples
        XCTAssertGreaterThan(paths.count, 10)
        let json = try QiyueProcess.run(["review", "--format", "json", "--fail-on", "never"] + paths)
        let html = try QiyueProcess.run(["review", "--format", "html", "--fail-on", "never", "--date", "2026-12-03"] + paths)
        XCTAssertEqual(json.status, 0)
        XCTAssertEqual(html.status, 0)
        XCTAssertEqual(html.stderr, "")
        let expected = try jsonFindings(json.stdout)
        XCTAssertFalse(expected.isEmpty, "the examples have findings to compare")
        // Clause findings come first in each file's section, then missing elements.
        func ordered(_ rows: [[String]]) -> [[String]] {
            rows.enumerated().sorted { a, b in
                let aMissing = a.element[1].hasPrefix("completeness."), bMissing = b.element[1].hasPrefix("completeness.")
                return (Int(a.element[0].dropFirst())!, aMissing ? 1 : 0, a.offset) < (Int(b.element[0].dropFirst())!, bMissing ? 1 : 0, b.offset)
            }.map(\.element)
        }
        XCTAssertEqual(try htmlFindings(html.stdout), ordered(expected))
        // Each message and each suggestion appears too (escaped as the page escapes text).
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        for file in try XCTUnwrap(root["files"] as? [[String: Any]]) {
            for finding in (file["findings"] as? [[String: Any]]) ?? [] {
                for key in ["message", "suggestion"] {
                    let text = try XCTUnwrap(finding[key] as? String)
                    let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&#34;").replacingOccurrences(of: "'", with: "&#39;")
                    XCTAssertTrue(html.stdout.contains(escaped), "\(key) missing from the opinion: \(text)")
                }
            }
        }
    }

    func testOutputFileHoldsWhatStandardOutputWouldAndExitStatusIsTheSame() throws {
        let draft = examples[0]
        for format in ["text", "json", "sarif", "jsonl", "html"] {
            let printed = try QiyueProcess.run(["review", "--format", format, "--date", "2026-12-03", draft])
            let path = directory.appendingPathComponent("report.\(format)").path
            let written = try QiyueProcess.run(["review", "--format", format, "--date", "2026-12-03", "-o", path, draft])
            XCTAssertEqual(printed.status, 1, format)
            XCTAssertEqual(written, .init(status: 1, stdout: "", stderr: ""), format)
            XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), printed.stdout, format)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [], "no temporary file is left behind")
    }

    func testWordOpinionNeedsAnOutputFileAndIsAWordPackage() throws {
        let draft = examples[0]
        let refused = try QiyueProcess.run(["review", "--format", "docx", draft])
        XCTAssertEqual(refused, .init(status: 2, stdout: "", stderr: "qiyue: 错误: --format docx 需要 -o 文件\n运行“qiyue review --help”查看用法。\n"))
        let path = directory.appendingPathComponent("审查意见书.docx").path
        let written = try QiyueProcess.run(["review", "--format", "docx", "--reviewer", "张三", "-o", path, draft])
        XCTAssertEqual(written, .init(status: 1, stdout: "", stderr: ""))
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertEqual(Array(data.prefix(4)), [0x50, 0x4B, 0x03, 0x04], "a ZIP package")
        // The opinion reads back as a document that passes through the reader.
        let text = try QiyueProcess.run(["convert", path, "-", "--to", "txt"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("合法性审查意见书"))
        XCTAssertTrue(text.stdout.contains("张三"))
        XCTAssertTrue(text.stdout.contains("land.price-promise"))
    }

    /// python-docx, a reader we did not write, sees the findings table with its header row
    /// marked to repeat and every row kept on one page.
    func testWordOpinionTablesThroughPythonDocx() throws {
        let path = directory.appendingPathComponent("opinion.docx").path
        XCTAssertEqual(try QiyueProcess.run(["review", "--format", "docx", "-o", path, examples[0]]).status, 1)
        let script = """
        import json, sys
        try:
            import docx
        except ImportError:
            sys.exit(3)
        from docx.oxml.ns import qn
        d = docx.Document(sys.argv[1])
        out = []
        for t in d.tables:
            rows = t.rows
            out.append({
                "header": [c.text for c in rows[0].cells],
                "repeats": rows[0]._tr.trPr is not None and rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None,
                "cantSplit": all(r._tr.trPr is not None and r._tr.trPr.find(qn("w:cantSplit")) is not None for r in rows),
                "cells": [c.text for r in rows[1:] for c in r.cells],
            })
        print(json.dumps(out, ensure_ascii=False))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 3 { throw XCTSkip("python-docx is not installed") }
        XCTAssertEqual(process.terminationStatus, 0)
        let tables = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let findings = try XCTUnwrap(tables.first { ($0["header"] as? [String])?.contains("原文") == true })
        XCTAssertEqual(findings["header"] as? [String], ["序号", "位置 / 规则编号", "原文", "问题 / 依据", "建议改写"])
        XCTAssertEqual(findings["repeats"] as? Bool, true)
        XCTAssertEqual(findings["cantSplit"] as? Bool, true)
        let cells = try XCTUnwrap(findings["cells"] as? [String])
        XCTAssertTrue(cells.contains { $0.contains("land.price-promise") })
        XCTAssertTrue(cells.contains { $0.contains("甲方承诺项目用地出让价格不超过每亩5万元") })
    }

    func testOutputNeverOverwritesAnInput() throws {
        let input = directory.appendingPathComponent("协议.md")
        let original = "甲方承诺项目用地出让价格为每亩8万元。\n"
        try Data(original.utf8).write(to: input)
        let spelled = directory.appendingPathComponent("./协议.md").path
        let result = try QiyueProcess.run(["review", "--format", "html", "-o", spelled, input.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("拒绝写入"), result.stderr)
        XCTAssertEqual(try String(contentsOf: input, encoding: .utf8), original)
    }

    func testMissingOutputDirectoryIsAnErrorAndWritesNothing() throws {
        let path = directory.appendingPathComponent("no/such/dir/r.html").path
        let result = try QiyueProcess.run(["review", "--format", "html", "-o", path, examples[0]])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("不存在"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testBadJobsAndDateAreUsageErrors() throws {
        XCTAssertEqual(try QiyueProcess.run(["review", "--jobs", "0", examples[0]]).status, 2)
        XCTAssertEqual(try QiyueProcess.run(["review", "--jobs", "x", examples[0]]).status, 2)
        XCTAssertEqual(try QiyueProcess.run(["review", "--format", "html", "--date", "2026-02-30", examples[0]]).status, 2)
    }
    /// A Word draft's place names its paragraph and article; the opinion says the article once.
    func testWordDraftPlaceNamesItsArticleOnce() throws {
        let draft = TestSupport.repositoryRoot.appendingPathComponent("Examples/drafts/dali-tea-draft.docx").path
        let output = directory.appendingPathComponent("opinion.html")
        let result = try QiyueProcess.run(["review", "--format", "html", "--date", "2026-12-04", "-o", output.path, draft])
        XCTAssertEqual(result.status, 1, result.stderr)
        let html = try String(contentsOf: output, encoding: .utf8)
        XCTAssertTrue(html.contains(">第9段（第二条）<"), html)
        XCTAssertFalse(html.contains("第二条 · 第9段"), "the article is named twice")
    }
}

/// An exemption leaves a trace in the machine-readable reports too.
final class ReviewExemptionReportTests: XCTestCase {
    func testJSONAndSARIFCarryTheExemption() throws {
        let text = "第一条 甲方承诺项目用地出让价格为每亩8万元。<!-- qiyue-disable land.price-promise: 价格按招拍挂结果确定 -->\n"
        let json = try QiyueProcess.run(["review", "--format", "json", "-"], stdin: Data(text.utf8))
        XCTAssertEqual(json.status, 0, "the only finding is exempted")
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let file = try XCTUnwrap((root["files"] as? [[String: Any]])?.first)
        XCTAssertEqual((file["findings"] as? [Any])?.count, 0)
        let exemption = try XCTUnwrap((file["exemptions"] as? [[String: Any]])?.first)
        XCTAssertEqual(exemption["rules"] as? [String], ["land.price-promise"])
        XCTAssertEqual(exemption["reason"] as? String, "价格按招拍挂结果确定")
        XCTAssertEqual(exemption["line"] as? Int, 1)
        XCTAssertEqual(exemption["targetLine"] as? Int, 1)
        XCTAssertEqual((exemption["suppressed"] as? [[String: Any]])?.first?["rule"] as? String, "land.price-promise")

        let sarif = try QiyueProcess.run(["review", "--format", "sarif", "-"], stdin: Data(text.utf8))
        let run = try XCTUnwrap(((try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]))["runs"] as? [[String: Any]])?.first)
        let result = try XCTUnwrap((run["results"] as? [[String: Any]])?.first)
        XCTAssertEqual(result["ruleId"] as? String, "land.price-promise")
        let suppression = try XCTUnwrap((result["suppressions"] as? [[String: Any]])?.first)
        XCTAssertEqual(suppression["kind"] as? String, "inSource")
        XCTAssertEqual(suppression["justification"] as? String, "价格按招拍挂结果确定")
    }

}
