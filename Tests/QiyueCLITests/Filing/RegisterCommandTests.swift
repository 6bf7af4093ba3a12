import Foundation
import XCTest
import QiyueTestSupport

/// `qiyue register` end to end: filing, refusal without a reason, verification of the
/// register and of a file, exports, tampering, and the re-review under a newer pack.
final class RegisterCommandTests: ScratchDirectoryTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        let project = try Data(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("Examples/projects/puer-coffee.json"))
        try project.write(to: directory.appendingPathComponent("p.json"))
        try write("clean.txt", "第一条 乙方在园区投资建设咖啡精深加工项目。\n第二条 甲方协助乙方依法办理项目审批手续，乙方自行承担生产用电费。\n")
        try write("price.txt", "第一条 甲方承诺乙方项目用地出让价格为每亩8万元。\n")
    }

    func add(_ file: String, _ extra: [String] = []) throws -> QiyueProcess.Result {
        try run(["register", "add", file, "--project", "p.json", "--register", "reg.jsonl", "--filing-date", "2026-03-01", "--reviewer", "张三"] + extra)
    }

    func testFilingVerifyingAndExporting() throws {
        let first = try add("clean.txt", ["--fair-competition", "通过", "--collective-decision", "2026-02-20"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stderr, "")
        XCTAssertTrue(first.stdout.hasPrefix("已登记：第 1 条，登记号 2026-0001，普洱咖啡精深加工及产业服务平台项目；审查通过（错误 0，警告 0）；SM3 "), first.stdout)

        let refused = try add("price.txt")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("price.txt:1:"), refused.stderr)
        XCTAssertTrue(refused.stderr.hasSuffix("price.txt:1:1: 错误: 审查发现 1 个错误；确需登记的，用 --accept-findings \"理由\" 说明理由（理由将记入登记簿）\n"), refused.stderr)
        let accepted = try add("price.txt", ["--accept-findings", "价格条款已由补充协议删除"])
        XCTAssertEqual(accepted.status, 0, accepted.stderr)
        XCTAssertTrue(accepted.stdout.contains("第 2 条，登记号 2026-0002"), accepted.stdout)
        XCTAssertTrue(accepted.stdout.contains("审查有错误，说明理由后登记（错误 1，警告 0）"), accepted.stdout)

        let list = try run(["register", "list", "--register", "reg.jsonl"])
        XCTAssertEqual(list.stdout, """
        序号  登记号     备案日期    审查结论                项目
        1     2026-0001  2026-03-01  通过                    普洱咖啡精深加工及产业服务平台项目
        2     2026-0002  2026-03-01  有错误，说明理由后登记  普洱咖啡精深加工及产业服务平台项目
        共 2 条

        """)
        let show = try run(["register", "show", "2026-0002", "--register", "reg.jsonl"])
        XCTAssertTrue(show.stdout.contains("接受理由：价格条款已由补充协议删除\n  1:"), show.stdout)
        XCTAssertTrue(show.stdout.contains("[land.price-promise]"), show.stdout)

        let verify = try run(["register", "verify", "--register", "reg.jsonl", "--file", "clean.txt"])
        XCTAssertEqual(verify.status, 0, verify.stderr)
        XCTAssertTrue(verify.stdout.contains("clean.txt 与第 1 条（登记号 2026-0001，普洱咖啡精深加工及产业服务平台项目）登记的文件逐字节一致"), verify.stdout)
        try write("clean.txt", "第一条 乙方在园区投资建设咖啡精深加工项目。\n")
        let changed = try run(["register", "verify", "--register", "reg.jsonl", "--file", "clean.txt"])
        XCTAssertEqual(changed.status, 1)
        XCTAssertTrue(changed.stderr.hasPrefix("clean.txt:1:1: 错误: 与第 1 条（登记号 2026-0001）登记的版本不同：登记 SM3 "), changed.stderr)

        XCTAssertEqual(try run(["register", "export", "--register", "reg.jsonl", "--format", "csv", "-o", "out.csv"]).status, 0)
        let csv = try Data(contentsOf: directory.appendingPathComponent("out.csv"))
        XCTAssertEqual(Array(csv.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertTrue(String(decoding: csv, as: UTF8.self).contains("2026-0002,2026-03-01,2025-03-08,普洱咖啡精深加工及产业服务平台项目,思茅区,普洱市思茅区人民政府；云南普咖科技有限公司,600000000,120,有错误，说明理由后登记,1,0,价格条款已由补充协议删除,,,张三,"))
        let html = try run(["register", "export", "--register", "reg.jsonl", "--format", "html"])
        XCTAssertTrue(html.stdout.contains("<td>价格条款已由补充协议删除</td>"))
        XCTAssertEqual(try run(["register", "export", "--register", "reg.jsonl", "-o", "reg.jsonl"]).status, 2)
    }

    func testTamperedRegisterIsNamedAndNotAppendedTo() throws {
        for _ in 0..<3 { XCTAssertEqual(try add("clean.txt").status, 0) }
        let url = directory.appendingPathComponent("reg.jsonl")
        var text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        text = [lines[0], lines[1].replacingOccurrences(of: "\"reviewer\":\"张三\"", with: "\"reviewer\":\"李四\""), lines[2]].joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: url)
        let verify = try run(["register", "verify", "--register", "reg.jsonl"])
        XCTAssertEqual(verify, .init(status: 1, stdout: "登记簿未通过校验：第 2 条起不可信（此前 1 条完好）\n",
                                     stderr: "reg.jsonl:2:1: 错误: 第 2 条（登记号 2026-0002）的内容与其 SM3 哈希不符：该条登记后被改动\n"))
        let list = try run(["register", "list", "--register", "reg.jsonl"])
        XCTAssertEqual(list.status, 0)
        XCTAssertEqual(list.stderr, "reg.jsonl:2:1: 警告: 第 2 条（登记号 2026-0002）的内容与其 SM3 哈希不符：该条登记后被改动\n注: 登记簿未通过校验，以下内容不可全信；运行 register verify 查看\n")
        let refused = try add("clean.txt")
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("登记簿未通过校验，不再追加条目"), refused.stderr)
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), text)
    }

    func testTornLastLineIsReportedAndRecovered() throws {
        for _ in 0..<2 { XCTAssertEqual(try add("clean.txt").status, 0) }
        let url = directory.appendingPathComponent("reg.jsonl")
        let intact = try Data(contentsOf: url)
        try (intact + Data("{\"seq\":3,\"number\":\"2026-00".utf8)).write(to: url)
        let list = try run(["register", "list", "--register", "reg.jsonl"])
        XCTAssertEqual(list.status, 0)
        XCTAssertEqual(list.stderr, "reg.jsonl:3:1: 警告: 第 3 行是中断的登记（26 字节，不完整），已忽略；下次登记时将移除\n")
        let verify = try run(["register", "verify", "--register", "reg.jsonl"])
        XCTAssertEqual(verify.status, 1)
        XCTAssertTrue(verify.stderr.contains("第 3 条不完整（26 字节，没有换行结尾）"), verify.stderr)
        let added = try add("clean.txt")
        XCTAssertEqual(added.status, 0)
        XCTAssertEqual(added.stderr, "reg.jsonl:3:1: 警告: 第 3 行是中断的登记（26 字节，不完整），已在本次登记前移除\n")
        XCTAssertEqual(try run(["register", "verify", "--register", "reg.jsonl"]).status, 0)
    }

    func testReReviewListsWhatANewerPackFlags() throws {
        XCTAssertEqual(try add("clean.txt").status, 0)
        XCTAssertEqual(try add("clean.txt", ["--signing-date", "2014-12-01"]).status, 0)
        try write("energy.json", """
        {"name":"energy","version":"2","rules":[{"id":"tax.energy-fee","category":"tax","severity":"warning",
         "message":{"zh":"政府方承担能耗费用","en":"the government pays energy costs"},"basis":[],
         "suggestion":{"zh":"删除","en":"drop it"},"match":{"triggers":["电费"]},
         "examples":{"triggering":["甲方承担乙方的电费。"],"nonTriggering":["乙方自行承担电费。"]}}]}
        """)
        try write("clean.txt", "第一条 乙方在园区投资建设咖啡精深加工项目。\n第二条 甲方承担乙方生产用电费。\n")
        let same = try run(["register", "review", "--register", "reg.jsonl"])
        XCTAssertEqual(same.status, 0, same.stdout + same.stderr)
        let review = try run(["register", "review", "--register", "reg.jsonl", "--rules", "energy.json"])
        XCTAssertEqual(review.status, 1, review.stderr)
        XCTAssertTrue(review.stdout.contains("第 1 条 2026-0001 普洱咖啡精深加工及产业服务平台项目（签署 2025-03-08）；注意：文件已不是登记的版本"), review.stdout)
        XCTAssertTrue(review.stdout.contains("：现行规则（qiyue-default 1.0.0 + energy 2）新发现 1 处（登记时规则包 qiyue-default 1.0.0）\n  clean.txt:2:"), review.stdout)
        XCTAssertTrue(review.stdout.contains("警告: [tax.energy-fee] 政府方承担能耗费用\n    注：签订于 2015-05-10 之前：国发〔2015〕25号第三条“各地与企业已签订合同中的优惠政策，继续有效；对已兑现的部分，不溯及既往。”\n"), review.stdout)
        XCTAssertTrue(review.stdout.hasSuffix("复审 2 条：1 条有须处理的新发现，1 条的新发现为 2015-05-10 前已签合同中的优惠政策，0 条无法复审\n"), review.stdout)
    }

    func testReportOfAnotherFileIsFiledWithAWarning() throws {
        try write("report.json", #"{"tool":"qiyue","version":"0.1.0","files":[{"path":"other.md","error":null,"findings":[{"rule":"tax.rebate","category":"tax","severity":"warning","line":3,"column":5,"message":"m"}]}]}"#)
        let result = try add("clean.txt", ["--review", "report.json"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "report.json:1:1: 警告: 审查报告审查的是“other.md”，不是“clean.txt”：请确认报告与所登记的文件对应\n")
        XCTAssertTrue(result.stdout.contains("审查通过（有警告）（错误 0，警告 1）"), result.stdout)
        let show = try run(["register", "show", "1", "--register", "reg.jsonl", "--format", "json"])
        XCTAssertTrue(show.stdout.contains("\"source\": \"report other.md\""), show.stdout)
    }

    func testUsage() throws {
        XCTAssertEqual(try run(["register", "ad"]).stderr, "qiyue: 错误: register 没有操作“ad”；您是否想输入“add”？（可用：add、list、show、verify、export、review）\n运行“qiyue register --help”查看用法。\n")
        XCTAssertEqual(try run(["register", "list", "--register", "none.jsonl"]),
                       .init(status: 2, stdout: "", stderr: "none.jsonl:1:1: 错误: 登记簿不存在（可用 register add 创建）\n"))
        XCTAssertEqual(try add("clean.txt", ["--collective-decision", "2026-02-30"]).status, 2)
    }
}
