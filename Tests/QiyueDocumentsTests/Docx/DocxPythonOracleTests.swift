import Foundation
import XCTest
@testable import QiyueDocuments

/// Opens every DOCX we write for the Markdown corpus with python-docx — a client we did not
/// write — and checks that it sees each block's text under the expected style, every table
/// cell, the page layout and the page-number footer. Skips only when python-docx is missing.
final class DocxPythonOracleTests: XCTestCase {
    struct Report: Decodable {
        struct Item: Decodable, Equatable {
            var kind: String
            var style: String?
            var text: String?
            var rows: [[String]]?
        }

        struct Section: Decodable, Equatable {
            var page_width_mm: Double
            var page_height_mm: Double
            var top_mm: Double
            var bottom_mm: Double
            var left_mm: Double
            var right_mm: Double
        }

        var body: [Item]
        var section: Section
        var footer: String
        var header: String
        var title: String
        var east_asia_fonts: [String: String?]
        var inline_shapes: [[Int]]
    }

    /// A header cell spanning two columns and a body cell spanning two rows.
    static let mergedTable = Table(rows: [
        [TableCell([.text("甲")], columnSpan: 2), TableCell([.text("乙")])],
        [TableCell([.text("丙")], rowSpan: 2), TableCell([.text("丁")]), TableCell([.text("戊")])],
        [TableCell([.text("己")]), TableCell([.text("庚")])],
    ], headerRowCount: 1)

    private func reports(for documents: [Document], style: DocxStyle = .standard) throws -> [Report] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qiyue-oracle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for (index, document) in documents.enumerated() {
            let url = directory.appendingPathComponent("\(index).docx")
            try DocxWriter(style: style).write(document).write(to: url)
            paths.append(url.path)
        }
        let result = try Python.run("docx_oracle.py", paths)
        if result.status == 3 { throw XCTSkip("python-docx is not installed (pip install python-docx)") }
        XCTAssertEqual(result.status, 0, result.stderr)
        return try JSONDecoder().decode([Report].self, from: result.stdout)
    }

    /// What python-docx should list for `blocks`, derived from the model alone: one entry per
    /// paragraph (style name and visible text) or table (cell texts).
    static func expectedBody(_ blocks: [Block], quoted: Bool = false) -> [Report.Item] {
        blocks.flatMap { block -> [Report.Item] in
            func paragraph(_ style: String, _ text: String) -> Report.Item { .init(kind: "p", style: style, text: text, rows: nil) }
            switch block {
            case let .heading(level, content): return [paragraph("Heading \(level)", content.plainText)]
            case let .paragraph(content): return [paragraph(quoted ? "Quote" : "Normal", content.plainText)]
            case let .clause(label, content, children):
                let style = ClauseLabel.article(in: label) != nil ? "Clause" : "Clause Item"
                return [paragraph(style, label + ClauseLabel.separator(after: label, before: content) + content.plainText)]
                    + expectedBody(children, quoted: quoted)
            case let .list(_, _, items):
                return items.flatMap { item -> [Report.Item] in
                    var entries: [Report.Item] = []
                    if case .paragraph = item.first {} else { entries.append(paragraph("List Paragraph", "")) }
                    for child in item {
                        if case let .paragraph(content) = child {
                            entries.append(paragraph("List Paragraph", content.plainText))
                        } else {
                            entries += expectedBody([child], quoted: quoted)
                        }
                    }
                    return entries
                }
            case let .blockQuote(children): return expectedBody(children, quoted: true)
            case let .table(table):
                return [.init(kind: "table", style: "Table Grid", text: nil, rows: table.rows.map { $0.map(\.content.plainText) })]
            case .image: return [paragraph("Figure", "")]
            case .pageBreak: return []
            case .thematicBreak: return [paragraph("Horizontal Rule", "")]
            case let .signatureBlock(parties):
                let cells = parties.map { ([$0.name.isEmpty ? $0.role : "\($0.role)：\($0.name)"] + $0.lines).joined(separator: "\n") }
                let rows = stride(from: 0, to: cells.count, by: 2).map { Array(cells[$0..<min($0 + 2, cells.count)]) + ($0 + 1 < cells.count ? [] : [""]) }
                return [.init(kind: "table", style: "Normal Table", text: nil, rows: rows)]
            case let .titlePage(title, subtitle, lines, _):
                return [paragraph("Title", title.plainText)] + (subtitle.isEmpty ? [] : [paragraph("Subtitle", subtitle.plainText)])
                    + lines.map { paragraph("Title Page Line", $0.plainText) }
            }
        }
    }

    /// The body without the empty paragraphs the writer adds between tables and for breaks.
    private func visible(_ body: [Report.Item]) -> [Report.Item] {
        body.filter { !($0.kind == "p" && $0.text == "" && ($0.style == "Normal" || $0.style == "Table Text")) }
    }

    func testPythonDocxSeesEveryCorpusDocumentAsWritten() throws {
        let documents = try Fixtures.corpusNames.map(Fixtures.document)
        let reports = try reports(for: documents)
        XCTAssertEqual(reports.count, documents.count)
        for (name, (document, report)) in zip(Fixtures.corpusNames, zip(documents, reports)) {
            XCTAssertEqual(visible(report.body), Self.expectedBody(document.blocks), name)
            XCTAssertEqual(report.section, .init(page_width_mm: 210, page_height_mm: 297, top_mm: 25.4, bottom_mm: 25.4, left_mm: 31.8, right_mm: 31.8), name)
            XCTAssertEqual(report.footer, "第 1 页 共 1 页", name)
            XCTAssertEqual(report.title, document.metadata.title ?? "", name)
            for (style, font) in report.east_asia_fonts {
                XCTAssertNotNil(font ?? nil, "\(name): style \(style) has no East Asian font")
            }
        }
    }

    func testAgreementDetailsAsAClientSeesThem() throws {
        let reports = try reports(for: [try Fixtures.document("agreement")])
        let report = try XCTUnwrap(reports.first)
        let paragraphs = report.body.filter { $0.kind == "p" }
        XCTAssertEqual(paragraphs.first, .init(kind: "p", style: "Title", text: "某某新能源电池材料项目投资合作协议", rows: nil))
        XCTAssertTrue(paragraphs.contains(.init(kind: "p", style: "Clause Item", text: "（二）投资总额：人民币 拾亿元整（¥1,000,000,000.00）；", rows: nil)))
        let tables = report.body.compactMap(\.rows)
        XCTAssertEqual(tables.first?.first, ["序号", "地块编号", "面积（亩）", "用途", "备注"])
        XCTAssertEqual(tables.last, [[
            "甲方（盖章）：某某县人民政府\n法定代表人或授权代表（签字）：\n日期：　　年　　月　　日",
            "乙方（盖章）：某某新能源科技有限公司\n法定代表人或授权代表（签字）：\n日期：　　年　　月　　日",
        ]])
        XCTAssertEqual(report.inline_shapes, [[300, 150]])
        XCTAssertEqual(report.header, "某某新能源电池材料项目投资合作协议")
        XCTAssertEqual(report.east_asia_fonts["Normal"], "宋体")
        XCTAssertEqual(report.east_asia_fonts["Heading 1"], "黑体")
        XCTAssertEqual(report.east_asia_fonts["Title"], "方正小标宋简体")
    }

    func testOfficialLayoutMargins() throws {
        let reports = try reports(for: [try Fixtures.document("official")], style: .officialDocument)
        let report = try XCTUnwrap(reports.first)
        XCTAssertEqual(report.section, .init(page_width_mm: 210, page_height_mm: 297, top_mm: 37, bottom_mm: 35, left_mm: 28, right_mm: 26))
        XCTAssertEqual(report.footer, "— 1 —")
        XCTAssertEqual(report.header, "")
        XCTAssertEqual(report.east_asia_fonts["Normal"], "仿宋_GB2312")
    }

    func testMergedCellsRepeatAcrossTheirSpanInPythonDocx() throws {
        let reports = try reports(for: [Document(blocks: [.table(Self.mergedTable)])])
        let report = try XCTUnwrap(reports.first)
        XCTAssertEqual(report.body.compactMap(\.rows), [[["甲", "甲", "乙"], ["丙", "丁", "戊"], ["丙", "己", "庚"]]])
    }
}
