import Foundation
import QiyueCore
import QiyueDocuments
import QiyueOpinion
import QiyueReview
import XCTest

/// The HTML page and the Word document of an opinion: content, escaping, anchors, print rules.
final class OpinionWritersTests: XCTestCase {
    func opinion(text: String, path: String, files extra: [FileReview] = []) throws -> ReviewOpinion {
        let pack = try RulePack.builtIn()
        let outcome = ReviewEngine(pack: pack).outcome(ExtractedText(text: text), file: path)
        let file = FileReview(path: path, findings: outcome.findings, exemptions: outcome.exemptions,
                              source: ReviewedSource(sha256: SHA256.hex(Array(text.utf8)), byteCount: text.utf8.count, text: text))
        let report = ReviewReport(files: [file] + extra, rules: pack.rules, toolVersion: "9.9")
        return ReviewOpinion(report: report, rulePack: pack, reviewer: "王<五>", date: "2026-12-03", language: .zh)
    }

    func testDataNeverBecomesMarkup() throws {
        let text = "第一条 甲方承诺<script>alert(1)</script>项目用地出让价格为每亩8万元。\n<!-- qiyue-disable tax.rebate: 理由<img src=x onerror=y> -->\n乙方\"依法\"纳税。\n"
        let html = try HTMLOpinionWriter().write(try opinion(text: text, path: "<b>协议</b>.txt"))
        XCTAssertFalse(html.contains("<script"), "no script tag at all: the page loads and runs nothing")
        XCTAssertFalse(html.contains("<img"))
        XCTAssertFalse(html.contains("<b>协议"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("&lt;b&gt;协议&lt;/b&gt;.txt"))
        XCTAssertTrue(html.contains("王&lt;五&gt;"))
        XCTAssertTrue(html.contains("理由&lt;img src=x onerror=y&gt;"))
        XCTAssertFalse(html.contains("src=\"http") || html.contains("href=\"http") || html.contains("<link"), "self-contained")
    }

    /// Rule ids break after their dots in the exemptions table as in the findings table.
    func testExemptedRuleIdsBreakAfterTheirDots() throws {
        let text = "第一条 甲方承诺项目用地出让价格为每亩8万元。<!-- qiyue-disable land.price-promise: 价格按招拍挂结果确定 -->\n"
        let html = try HTMLOpinionWriter().write(try opinion(text: text, path: "a.md"))
        let exemptions = try XCTUnwrap(html.components(separatedBy: "<table class=\"exemptions\">").dropFirst().first?.components(separatedBy: "</table>").first)
        XCTAssertTrue(exemptions.contains("<td class=\"rule\"><code>land.<wbr>price-promise</code></td>"), exemptions)
        XCTAssertTrue(exemptions.contains("<td><code>land.<wbr>price-promise</code> "), exemptions)
    }

    func testTheLawfulWordingAndTheModelClauseAreShownInBothWriters() throws {
        let text = "# 投资协议\n\n甲方：某某县人民政府\n\n乙方：某某科技有限公司\n\n第一条 乙方缴纳的增值税地方留成部分，甲方按50%返还乙方。\n"
        let opinion = try opinion(text: text, path: "协议.md")
        let wording = try XCTUnwrap(opinion.files[0].findings.first?.rewrite)
        let model = try XCTUnwrap(opinion.files[0].missing.first { $0.ruleID == "completeness.dispute-resolution" }?.rewrite)
        let html = try HTMLOpinionWriter().write(opinion)
        XCTAssertTrue(html.contains("<div class=\"rewrite\">可改为：“\(wording)”</div>"), html)
        XCTAssertTrue(html.contains("<div class=\"rewrite\">范本条款：“\(model)”</div>"), html)
        let docx = try DocxOpinionWriter().write(opinion)
        let readBack = try DocxReader().readText(docx).text
        XCTAssertTrue(readBack.contains("可改为：“\(wording)”"), readBack)
        XCTAssertTrue(readBack.contains("范本条款：“\(model)”"), readBack)
    }

    func testHeaderTablesAnchorsAndPrintRules() throws {
        let text = "# 投资协议\n\n第一条 甲方承诺项目用地出让价格为每亩8万元。\n"
        let html = try HTMLOpinionWriter().write(try opinion(text: text, path: "a.md"))
        XCTAssertTrue(html.contains("<h1>合法性审查意见书</h1>"))
        XCTAssertTrue(html.contains("<code>\(SHA256.hex(Array(text.utf8)))</code>"))
        XCTAssertTrue(html.contains("qiyue-default"))
        XCTAssertTrue(html.contains("修改后可签署"))
        XCTAssertTrue(html.contains(OpinionConclusion.caveat.zh))
        // Row 1 links to its mark in the text, and the mark back to the row.
        XCTAssertTrue(html.contains("<tr id=\"f1-r1\" data-rule=\"land.price-promise\" data-line=\"3\" data-column=\"13\">"))
        XCTAssertTrue(html.contains("<a href=\"#f1-m1\">1</a>"))
        XCTAssertTrue(html.contains("<mark class=\"error\">出让价格</mark><a class=\"ref\" id=\"f1-m1\" href=\"#f1-r1\">[1]</a>"))
        XCTAssertTrue(html.contains("<p id=\"f1-L3\">"))
        XCTAssertTrue(html.contains("@page { size: A4;"))
        XCTAssertTrue(html.contains("counter(page)"))
        XCTAssertTrue(html.contains("tr { break-inside: avoid;"))
        XCTAssertTrue(html.contains("thead { display: table-header-group; }"))
    }

    func testSeveralFilesGetAPerFileSummary() throws {
        let unread = FileReview(path: "旧稿.doc", error: "请另存为 .docx 后再审查")
        let html = try HTMLOpinionWriter().write(try opinion(text: "甲方承诺项目用地出让价格为每亩8万元。\n", path: "a.txt", files: [unread]))
        XCTAssertTrue(html.contains("<h2>各文件审查情况</h2>"))
        XCTAssertTrue(html.contains("<a href=\"#file-1\">a.txt</a>"))
        XCTAssertTrue(html.contains("<a href=\"#file-2\">旧稿.doc</a>"))
        XCTAssertTrue(html.contains("<h2>文件 2：旧稿.doc</h2>"))
        XCTAssertTrue(html.contains("请另存为 .docx 后再审查"))
        XCTAssertTrue(html.contains("<p class=\"verdict notReviewed\">未审查</p>"))
    }

    func testWordOpinionHasTheSameContent() throws {
        let text = "第一条 甲方承诺项目用地出让价格为每亩8万元。\n<!-- qiyue-disable land.fee-rebate: 经审议 -->\n甲方返还乙方土地出让金的30%。\n"
        let opinion = try opinion(text: text, path: "a.txt")
        let data = try DocxOpinionWriter().write(opinion)
        let read = try DocxReader().readText(data).text
        for expected in ["合法性审查意见书", SHA256.hex(Array(text.utf8)), "修改后可签署", "land.price-promise", "出让价格",
                         "经审议", "land.fee-rebate", "建议改写", "审查文本", "王<五>"] {
            XCTAssertTrue(read.contains(expected), "the Word opinion lacks \(expected)")
        }
        // Header rows repeat and no row splits: every findings-table row says so.
        let document = DocxOpinionWriter().document(opinion)
        let tables = document.blocks.compactMap { block -> Table? in if case let .table(table) = block { return table } else { return nil } }
        XCTAssertTrue(tables.dropFirst().allSatisfy { $0.headerRowCount == 1 })
    }
}

/// The opinion page is bounded like every HTML page: past its limit nothing is returned.
final class HTMLOpinionLimitsTests: XCTestCase {
    func testThePageMayBeExactlyAsLargeAsTheLimit() throws {
        let text = "第一条 甲方承诺项目用地出让价格为每亩8万元。\n" + String(repeating: "乙方依法纳税&经营。\n", count: 200)
        let pack = try RulePack.builtIn()
        let outcome = ReviewEngine(pack: pack).outcome(ExtractedText(text: text), file: "a.txt")
        let file = FileReview(path: "a.txt", findings: outcome.findings, exemptions: outcome.exemptions,
                              source: ReviewedSource(sha256: SHA256.hex(Array(text.utf8)), byteCount: text.utf8.count, text: text))
        let opinion = ReviewOpinion(report: ReviewReport(files: [file], rules: pack.rules, toolVersion: "9.9"), rulePack: pack, reviewer: nil, date: "2026-12-04", language: .zh)
        let page = try HTMLOpinionWriter().write(opinion)
        var writer = HTMLOpinionWriter()
        writer.maximumBytes = page.utf8.count
        XCTAssertEqual(try writer.write(opinion), page)
        writer.maximumBytes = page.utf8.count - 1
        XCTAssertThrowsError(try writer.write(opinion)) { error in
            XCTAssertEqual(error as? OutputLimitError, OutputLimitError(format: "HTML", limit: page.utf8.count - 1))
        }
    }
}
