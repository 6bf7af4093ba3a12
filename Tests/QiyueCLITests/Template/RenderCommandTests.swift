import Foundation
import QiyueTestSupport
import XCTest

/// `qiyue render` end to end: exact stdout, stderr and exit status of the built binary.
final class RenderCommandTests: ScratchDirectoryTestCase {
    func render(_ arguments: [String], stdin: String = "") throws -> QiyueProcess.Result {
        try run(["render"] + arguments, stdin: stdin)
    }

    func testRendersDataFileToStandardOutput() throws {
        try write("协议.md", "# {{ project.name }}\n{% for p in parties %}\n- {{ p }}\n{% endfor %}\n金额：{{ project.amount | cny_upper }}\n")
        try write("data.json", #"{"project": {"name": "光伏", "amount": 1680.32}, "parties": ["甲方", "乙方"]}"#)
        let result = try render(["协议.md", "--data", "data.json"])
        XCTAssertEqual(result, .init(status: 0, stdout: "# 光伏\n- 甲方\n- 乙方\n金额：壹仟陆佰捌拾元零叁角贰分\n", stderr: ""))
    }

    func testReadsDataFromStandardInputAndSetOverrides() throws {
        try write("t.md", "{{ a }} {{ b.c }} {{ n + 1 }} {{ s }}")
        let result = try render(["t.md", "--data", "-", "--set", "b.c=x", "--set", "n=41", "--set", "s=not json"], stdin: #"{"a": "A", "b": {"c": "old"}}"#)
        XCTAssertEqual(result, .init(status: 0, stdout: "A x 42 not json", stderr: ""))
    }

    func testWritesOutputAtomicallyAndKeepsOldFileOnFailure() throws {
        try write("t.md", "{{ v }}\n")
        XCTAssertEqual(try render(["t.md", "--set", "v=1", "-o", "out.md"]), .init(status: 0, stdout: "", stderr: ""))
        XCTAssertEqual(try read("out.md"), "1\n")
        let failed = try render(["t.md", "-o", "out.md"])
        XCTAssertEqual(failed.status, 2)
        XCTAssertEqual(try read("out.md"), "1\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    func testUndefinedVariableIsReportedWithPathCaretAndSuggestion() throws {
        try write("templates/协议.md", "标题\n金额：{{ project.amout }}\n")
        try write("data.json", #"{"project": {"amount": 1}}"#)
        let result = try render(["templates/协议.md", "--data", "data.json"])
        XCTAssertEqual(result, .init(status: 2, stdout: "", stderr: """
            templates/协议.md:2:7: 错误: 未定义的变量“project.amout”
            金额：{{ project.amout }}
                     ^~~~~~~~~~~~~
            注: 您是否想用“project.amount”？

            """))
    }

    func testUnknownFilterInEnglish() throws {
        try write("t.md", "{{ x | uper }}\n")
        let result = try render(["--lang", "en", "t.md", "--set", "x=1"])
        XCTAssertEqual(result, .init(status: 2, stdout: "", stderr: "t.md:1:8: error: unknown filter 'uper'\n{{ x | uper }}\n       ^~~~\nnote: did you mean 'upper'?\n"))
    }

    func testUnclosedBlock() throws {
        try write("t.md", "a\n{% if x %}\nb\n")
        let result = try render(["t.md"])
        XCTAssertEqual(result, .init(status: 2, stdout: "", stderr: "t.md:2:1: 错误: 第 2 行打开的“if”块没有结束，缺少 “elif”或“else”或“endif”\n{% if x %}\n^~\n"))
    }

    func testBadJSONDataIsPositioned() throws {
        try write("t.md", "x")
        try write("d.json", "{\n  \"a\": [1, 2,]\n}")
        let result = try render(["t.md", "--data", "d.json"])
        XCTAssertEqual(result, .init(status: 2, stdout: "", stderr: "d.json:2:14: 错误: “]”前多了一个逗号（JSON 不允许尾随逗号）\n  \"a\": [1, 2,]\n             ^\n"))
    }

    func testIncludeOutsideRootIsRefused() throws {
        try write("secret.md", "SECRET")
        try write("tpl/t.md", "{% include '../secret.md' %}")
        let result = try render(["tpl/t.md"])
        XCTAssertEqual(result, .init(status: 2, stdout: "", stderr: "tpl/t.md:1:1: 错误: 模板“../secret.md”不在模板目录之内，拒绝读取\n{% include '../secret.md' %}\n^\n"))
    }

    func testRootOptionAllowsSiblingIncludes() throws {
        try write("tpl/parts/head.md", "HEAD")
        try write("tpl/docs/t.md", "{% include 'parts/head.md' %}!")
        XCTAssertEqual(try render(["tpl/docs/t.md", "--root", "tpl"]), .init(status: 0, stdout: "HEAD!", stderr: ""))
    }

    func testBatchRendersEachLineAndReportsBadRecords() throws {
        try write("letter.md", "致{{ name }}：金额{{ amount | wan }}万元\n")
        try write("records.jsonl", """
            {"id": "a1", "name": "甲公司", "amount": 1500000}
            {"id": "a2", "name": "乙公司"}

            {"id": "a3", "name": "丙公司", "amount": 20000
            {"id": "a4", "name": "丁公司", "amount": 30000}

            """)
        let result = try render(["letter.md", "--data-lines", "records.jsonl", "--out-dir", "out"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, """
            letter.md:1:18: 错误: 未定义的变量“amount”
            致{{ name }}：金额{{ amount | wan }}万元
                                 ^~~~~~
            注: 记录位于 records.jsonl 第 2 行
            records.jsonl:4:44: 错误: 该行意外结束，应为逗号“,”或“}”
            {"id": "a3", "name": "丙公司", "amount": 20000
                                                          ^
            records.jsonl：共 4 条记录，2 条失败，已生成 2 个文件

            """)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out").path).sorted(), ["a1.md", "a4.md"])
        XCTAssertEqual(try read("out/a1.md"), "致甲公司：金额150万元\n")
        XCTAssertEqual(try read("out/a4.md"), "致丁公司：金额3万元\n")
    }

    func testBatchNameTemplateAndUnsafeNames() throws {
        try write("t.md", "{{ n }}")
        try write("r.jsonl", "{\"n\": 1, \"f\": \"one\"}\n{\"n\": 2, \"f\": \"../evil\"}\n")
        let result = try render(["--lang", "en", "t.md", "--data-lines", "r.jsonl", "--out-dir", "out", "--name", "{{ f }}.txt"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "r.jsonl:2:1: error: invalid file name '../evil.txt' from --name (must be non-empty, without '/')\nr.jsonl: 1 of 2 records failed; 1 files written\n")
        XCTAssertEqual(try read("out/one.txt"), "1")
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("evil.txt").path))
    }

    func testBatchReadsRecordsFromStandardInput() throws {
        try write("t.md", "{{ n }}")
        let result = try render(["t.md", "--data-lines", "-", "--out-dir", "out"], stdin: "{\"id\": \"a\", \"n\": 1}\n{\"id\": \"b\"}\n")
        XCTAssertEqual(result, .init(status: 1, stdout: "", stderr: """
            t.md:1:4: 错误: 未定义的变量“n”
            {{ n }}
               ^
            注: 记录位于 <stdin> 第 2 行
            <stdin>：共 2 条记录，1 条失败，已生成 1 个文件

            """))
        XCTAssertEqual(try read("out/a.md"), "1")
    }

    func testUsageErrors() throws {
        try write("t.md", "x")
        let missing = try render([])
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "qiyue: 错误: 缺少参数 TEMPLATE\n运行“qiyue render --help”查看用法。\n")
        let conflict = try render(["t.md", "--data", "a.json", "--data-lines", "b.jsonl"])
        XCTAssertEqual(conflict.stderr, "qiyue: 错误: --data 与 --data-lines 不能同时使用\n运行“qiyue render --help”查看用法。\n")
        let noTemplate = try render(["nope.md"])
        XCTAssertEqual(noTemplate.stderr, "qiyue: 错误: 找不到模板文件 nope.md\n运行“qiyue render --help”查看用法。\n")
    }

    func testHtmlTemplatesAreEscaped() throws {
        try write("page.html", "<p>{{ t }}</p>{{ t | safe }}")
        XCTAssertEqual(try render(["page.html", "--set", "t=<b>&</b>"]).stdout, "<p>&lt;b&gt;&amp;&lt;/b&gt;</p><b>&</b>")
    }
}
