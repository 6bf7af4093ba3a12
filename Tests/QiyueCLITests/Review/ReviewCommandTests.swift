import Foundation
import QiyueTestSupport
import XCTest

/// `qiyue review` end to end: exact stdout, stderr and exit status.
final class ReviewCommandTests: ScratchDirectoryTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("dir/sub"), withIntermediateDirectories: true)
        try write("dir/a.md", "甲方承诺项目用地出让价格为每亩8万元。\n")
        try write("dir/sub/b.txt", "乙方依法纳税。\n")
        try write("dir/c.log", "not walked: an extension no reader knows")
        try Data([0x00, 0x01]).write(to: directory.appendingPathComponent("bin.txt"))
    }

    static let finding = """
    dir/a.md:1:9: 错误: [land.price-promise] 政府方在协议中约定或承诺土地出让价格
    甲方承诺项目用地出让价格为每亩8万元。
                    ^~~~~~~~
    注: 承诺：甲方 → 乙方：承诺项目用地出让价格为每亩8万元
    注: 依据：[1] [2] [3]
    注: 建议：删除价格约定，改为“项目用地通过招标拍卖挂牌方式依法出让，出让价格以公开交易结果为准，乙方依法参与竞买”。
    依据（dir/a.md）：
    [1] 《中华人民共和国民法典》第三百四十七条第二款：工业、商业、旅游、娱乐和商品住宅等经营性用地应当采取招标、拍卖等公开竞价的方式出让
    [2] 《公平竞争审查条例》（国务院令第783号）第十条：没有法律、行政法规依据或者未经国务院批准，不得给予特定经营者税收优惠，选择性、差异化的财政奖励或者补贴，或者要素获取等方面的优惠
    [3] 《云南省务实招商三年行动计划（2023—2025年）》第17项：在签订投资合同（协议）过程中，避免出现地方政府违规承诺土地价格或税收优惠政策、违法担保等问题，杜绝地方政府违法违规融资担保和变相举债行为

    """

    func testDirectoryIsWalkedAndFindingsExitOne() throws {
        let result = try run(["review", "dir"])
        XCTAssertEqual(result, .init(status: 1, stdout: Self.finding + "审查 2 个文件：错误 1，警告 0，提示 0；土地 1，税收 0，担保与隐性债务 0，协议完整性 0\n", stderr: ""))
    }

    func testUnreadableFilesAreReportedAndTheOthersStillReviewed() throws {
        let result = try run(["review", "dir", "bin.txt", "missing.md"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, Self.finding + "审查 4 个文件：错误 1，警告 0，提示 0；土地 1，税收 0，担保与隐性债务 0，协议完整性 0；未审查 2 个文件\n")
        XCTAssertEqual(result.stderr, "bin.txt:1:1: 错误: 不是文本文件（第 0 字节为空字节）\nmissing.md: 错误: 没有这个文件或目录\n")
    }

    func testFormatsNoReaderHandlesAreNeverPassedAsClean() throws {
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("inbox"), withIntermediateDirectories: true)
        try write("inbox/a.doc", "\u{D0}\u{CF} old Word")
        try write("inbox/b.wps", "WPS")
        // RTF as Word and WPS write it: non-ASCII text as \uN escapes.
        let clause = "甲方承诺项目用地出让价格为每亩8万元。".unicodeScalars.map { $0.isASCII ? String($0) : "\\u\($0.value)?" }.joined()
        try write("inbox/c.rtf", "{\\rtf1\\ansi\\ansicpg936 \(clause)}")
        try write("inbox/d.pdf", "%PDF-1.7")
        try write("inbox/e.odt", "PK")
        try write("inbox/f.md", "")
        try write("inbox/g.txt", "乙方依法纳税。\n")
        let result = try run(["review", "inbox"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.hasPrefix("inbox/c.rtf:1:9: 错误: [land.price-promise] "), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("审查 7 个文件：错误 1，警告 0，提示 0；土地 1，税收 0，担保与隐性债务 0，协议完整性 0；未审查 5 个文件\n"), result.stdout)
        XCTAssertEqual(result.stderr, """
        inbox/a.doc:1:1: 错误: 无法读取文档：不是 Word 97–2003 复合文档（文件头不符）
        inbox/b.wps:1:1: 错误: 无法读取文档：不是 Word 97–2003 复合文档（文件头不符）
        inbox/d.pdf: 错误: 不支持 .pdf 格式，未审查：请另存为 .docx 或 .txt 后再审查
        inbox/e.odt: 错误: 不支持 .odt 格式，未审查：请另存为 .docx 或 .txt 后再审查
        inbox/f.md: 错误: 文件为空，未审查

        """)
        let english = try run(["review", "--lang", "en", "inbox/d.pdf"])
        XCTAssertEqual(english, .init(status: 2, stdout: "reviewed 1 file: 0 error(s), 0 warning(s), 0 info; land 0, tax 0, guarantee and hidden debt 0, completeness 0; 1 not reviewed\n",
                                      stderr: "inbox/d.pdf: error: .pdf is not supported, not reviewed: save it as .docx or .txt and review that\n"))
    }

    func testCleanFileInEnglishExitsZero() throws {
        let result = try run(["review", "--lang", "en", "dir/sub/b.txt"])
        XCTAssertEqual(result, .init(status: 0, stdout: "reviewed 1 file: 0 error(s), 0 warning(s), 0 info; land 0, tax 0, guarantee and hidden debt 0, completeness 0\n", stderr: ""))
    }

    func testFailOnThresholds() throws {
        XCTAssertEqual(try run(["review", "--fail-on", "never", "dir"]).status, 0)
        XCTAssertEqual(try run(["review", "--fail-on", "warning", "dir"]).status, 1)
        let agreement = "# 投资协议\n\n第一条 乙方项目总投资5亿元，2025年6月开工。\n第二条 违约方承担违约金。\n第三条 争议由人民法院管辖。\n"
        try write("agreement.md", agreement)
        XCTAssertEqual(try run(["review", "agreement.md"]).status, 0, "a completeness warning does not fail at the default threshold")
        XCTAssertEqual(try run(["review", "--fail-on", "warning", "agreement.md"]).status, 1)
    }

    func testStandardInputAndJSON() throws {
        let result = try run(["review", "--format", "json", "-"], stdin: "乙方缴纳的增值税地方留成部分，甲方按50%返还乙方。\n")
        XCTAssertEqual(result.status, 1)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let file = try XCTUnwrap((root["files"] as? [[String: Any]])?.first)
        XCTAssertEqual(file["path"] as? String, "-")
        XCTAssertTrue(file["error"] is NSNull)
        let finding = try XCTUnwrap((file["findings"] as? [[String: Any]])?.first)
        XCTAssertEqual(finding["rule"] as? String, "tax.rebate")
        XCTAssertEqual(finding["line"] as? Int, 1)
        XCTAssertEqual(finding["column"] as? Int, 22)
        XCTAssertEqual(finding["excerpt"] as? String, "乙方缴纳的增值税地方留成部分，甲方按50%返还乙方。")
        XCTAssertEqual(root["summary"] as? NSDictionary, [
            "files": 1, "errors": 1, "warnings": 0, "infos": 0, "unreadable": 0,
            "categories": ["land": 0, "tax": 1, "guarantee": 0, "completeness": 0, "suppression": 0],
        ] as NSDictionary)
    }

    func testSARIFOutput() throws {
        let result = try run(["review", "--format", "sarif", "dir"])
        XCTAssertEqual(result.status, 1)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(root["version"] as? String, "2.1.0")
        let results = ((root["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        XCTAssertEqual(results.map { $0["ruleId"] as? String }, ["land.price-promise"])
    }

    func testIgnoreAndItsTypo() throws {
        XCTAssertEqual(try run(["review", "--ignore", "land.price-promise", "dir"]).status, 0)
        let result = try run(["review", "--ignore", "land.price-promis", "dir"])
        XCTAssertEqual(result, .init(status: 2, stdout: "", stderr: "qiyue: 错误: --ignore：没有规则“land.price-promis”；您是否想输入“land.price-promise”？\n运行“qiyue review --help”查看用法。\n"))
    }

    func testUsageErrors() throws {
        XCTAssertEqual(try run(["review", "--format", "xml", "dir"]),
                       .init(status: 2, stdout: "", stderr: "qiyue: 错误: 选项“--format”的取值“xml”无效，应为 text|json|sarif|html|docx|jsonl\n运行“qiyue review --help”查看用法。\n"))
        XCTAssertEqual(try run(["review"]), .init(status: 2, stdout: "", stderr: "qiyue: 错误: 缺少参数 PATH\n运行“qiyue review --help”查看用法。\n"))
        XCTAssertEqual(try run(["review", "--fail-on", "sometimes", "dir"]).stderr,
                       "qiyue: 错误: 选项“--fail-on”的取值“sometimes”无效，应为 error|warning|info|never\n运行“qiyue review --help”查看用法。\n")
    }

    func testGBKFileIsReviewed() throws {
        // 甲方承诺乙方项目用地出让价格为每亩8万元。 in GBK.
        let gbk: [UInt8] = [188, 215, 183, 189, 179, 208, 197, 181, 210, 210, 183, 189, 207, 238, 196, 191, 211, 195, 181, 216, 179, 246, 200, 195,
                            188, 219, 184, 241, 206, 170, 195, 191, 196, 182, 56, 205, 242, 212, 170, 161, 163, 10]
        try Data(gbk).write(to: directory.appendingPathComponent("gbk.txt"))
        let result = try run(["review", "--format", "json", "gbk.txt"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("\"rule\": \"land.price-promise\""))
    }

    func testUserPackAddsItsRules() throws {
        try write("mine.json", """
        {"name":"mine","version":"1","rules":[{"id":"tax.energy-fee","category":"tax","severity":"warning",
         "message":{"zh":"政府方承担能耗费用","en":"the government pays energy costs"},"basis":[],
         "suggestion":{"zh":"删除","en":"drop it"},"match":{"triggers":["电费"]},
         "examples":{"triggering":["甲方承担乙方的电费。"],"nonTriggering":["乙方自行承担电费。"]}}]}
        """)
        try write("energy.txt", "甲方承担乙方生产用电费。\n")
        let result = try run(["review", "--rules", "mine.json", "--lang", "en", "energy.txt"])
        XCTAssertEqual(result.status, 0, "a warning does not fail at the default threshold")
        XCTAssertEqual(result.stdout, """
        energy.txt:1:10: warning: [tax.energy-fee] the government pays energy costs
        甲方承担乙方生产用电费。
                          ^~~~
        note: promise: 甲方 → 乙方: act 电费
        note: suggestion: drop it
        reviewed 1 file: 0 error(s), 1 warning(s), 0 info; land 0, tax 1, guarantee and hidden debt 0, completeness 0

        """)
        XCTAssertEqual(try run(["review", "--rules", "mine.json", "--fail-on", "warning", "energy.txt"]).status, 1)
    }

    func testBrokenUserPackStopsTheRun() throws {
        try write("pack.json", "{\"name\":\"p\",\"version\":\"1\",\"rules\":[{\"id\":\"land.x\"}]}")
        let result = try run(["review", "--rules", "pack.json", "dir"])
        XCTAssertEqual(result, .init(status: 2, stdout: "", stderr: "pack.json:1:36: 错误: 缺少字段“category”（位置 .rules[0]）\n"))
    }
}
