import QiyueCore
import XCTest
@testable import QiyueDocuments

/// Reads DOCX files written by python-docx and LibreOffice (see scripts/make-docx-fixtures.py).
final class DocxReaderTests: XCTestCase {
    private func read(_ name: String, includeDeletedText: Bool = false) throws -> ExtractedDocument {
        try DocxReader(options: DocxReaderOptions(includeDeletedText: includeDeletedText)).read(ReaderFixtures.data("docx/\(name).docx"))
    }

    /// `paragraph:column [label] text` per line, the shape a reviewer's finding is reported in.
    /// A line that starts with a label Word draws from its numbering starts at a column
    /// below 1 (`第一条 ` takes columns -3…0), so the text after the label keeps its real column.
    private func located(_ text: ExtractedText) -> [String] {
        zip(text.text.split(separator: "\n", omittingEmptySubsequences: false), text.origins).map { line, origin in
            "\(origin.line):\(origin.column) [\(origin.label ?? "")] \(line)"
        }
    }

    func testPythonDocxAgreementReadsAsWordShowsIt() throws {
        XCTAssertEqual(located(try read("python-docx-agreement").text), [
            "1:1 [第1段] 招商引资合作协议",
            "2:1 [第2段] 甲方：某某县人民政府",
            "3:1 [第3段] 本投资协议由双方签订。",
            "4:1 [第4段] 第一章 总则",
            "5:-3 [第5段（第一条）] 第一条 项目概况。",
            "6:-2 [第6段（第一条）] （一）项目名称为新能源电池项目。",
            "7:-2 [第7段（第一条）] （二）项目总投资人民币壹拾亿元。",
            "8:-5 [第8段（第一条）] 一.二.1 首期投资。",
            "9:-3 [第9段（第二条）] 第二条 用地。",
            "10:-2 [第10段（第二条）] （一）用地面积约200亩。",
            "11:-3 [第11段（第三条）] 第三条 甲方的权利义务。",
            "12:-3 [第12段（第四条）] 第四条 乙方的权利义务。",
            "13:1 [第13段（第四条）] 乙方应于六十日内完成注册。",
            "14:-2 [第14段（第四条）] A) 第一项",
            "15:-2 [第15段（第四条）] B) 第二项",
            "16:-2 [第16段（第四条）] A) 重新开始",
            "17:-1 [第17段（第四条）] ① 圆圈编号",
            "18:-1 [第18段（第四条）] ② 圆圈编号二",
            "19:1 [第19段（第四条）] 详见云南省人民政府网站。",
            "20:1 [第20段（第四条）] 张三签署日期：2025年3月8日",
            "21:1 [表格1 第1行 第1列] 项目",
            "22:1 [表格1 第1行 第2列] 金额（万元）",
            "23:1 [表格1 第1行 第3列] 备注",
            "24:1 [表格1 第2行 第1列] 土地",
            "25:1 [表格1 第2行 第2列] 5000",
            "26:1 [表格1 第2行 第3列] 一次性支付",
            "28:1 [表格1 第3行 第1列] 厂房",
            "29:1 [表格1 第3行 第2列] 3000",
            "31:1 [第31段（第四条）] （以下无正文）",
            "1:1 [页眉1 第1段] 某某县招商引资合作协议（草案）",
            "1:1 [页脚1 第1段] 机密文件",
        ])
    }

    func testTextAfterAWordNumberedLabelKeepsItsColumnInTheParagraph() throws {
        let text = try read("python-docx-agreement").text
        // Line 5 is "第一条 项目概况。": the label and its space are drawn by Word, "项目" is
        // the paragraph's first two characters, and a finding in the label itself is placed
        // at the paragraph's start rather than before it.
        XCTAssertEqual(text.originalPosition(line: 5, column: 5).column, 1)
        XCTAssertEqual(text.originalPosition(line: 5, column: 7).column, 3)
        XCTAssertEqual(text.originalPosition(line: 5, column: 1).column, 1)
        // Typed text keeps its columns one for one.
        XCTAssertEqual(text.originalPosition(line: 13, column: 4).column, 4)
    }

    func testDeletedTextIsDroppedUnlessRequested() throws {
        XCTAssertFalse(try read("python-docx-agreement").text.text.contains("三十日"))
        let lines = try read("python-docx-agreement", includeDeletedText: true).text.text.split(separator: "\n")
        XCTAssertEqual(lines[12], "乙方应于〔删除：三十日〕六十日内完成注册。")
    }

    func testLibreOfficeAgreementWithNotesAndChineseNumbering() throws {
        XCTAssertEqual(located(try read("libreoffice-agreement").text), [
            "1:1 [第1段] 投资合作协议",
            "2:-2 [第2段（第一条）] 第一条合作内容",
            "3:-2 [第3段（第一条）] （一）建设生产基地。",
            "4:-2 [第4段（第一条）] （二）设立研发中心。",
            "5:-2 [第5段（第二条）] 第二条优惠政策",
            "6:1 [第6段（第二条）] 甲方承诺依法提供政务服务。",
            "7:1 [第7段（第二条）] 合同金额见下表。",
            "8:1 [表格1 第1行 第1列] 费用合计",
            "9:1 [表格1 第1行 第3列] 备注",
            "10:1 [表格1 第2行 第1列] 甲",
            "11:1 [表格1 第2行 第2列] 100",
            "12:1 [表格1 第2行 第3列] 分期",
            "13:1 [表格1 第3行 第1列] 乙",
            "14:1 [表格1 第3行 第2列] 200",
            "1:2 [脚注1 第1段] 依据《中华人民共和国招标投标法》。",
            "1:2 [尾注1 第1段] 金额以人民币计。",
        ])
        let withDeleted = try read("libreoffice-agreement", includeDeletedText: true).text.text
        XCTAssertTrue(withDeleted.contains("甲方承诺〔删除：给予税收返还〕依法提供政务服务。"))
    }

    func testDocumentModelHasHeadingsClausesLinksAndMergedCells() throws {
        let blocks = try read("python-docx-agreement").document.blocks
        XCTAssertEqual(blocks.first, .heading(level: 1, content: [.text("招商引资合作协议")]))
        XCTAssertEqual(blocks[2], .paragraph([.text("本"), .bold([.text("投")]), .text("资协议由双方签订。")]))
        guard case let .clause(label, content, children) = blocks[4] else { return XCTFail("\(blocks[4])") }
        XCTAssertEqual(label, "第一条")
        XCTAssertEqual(content, [.text("项目概况。")])
        XCTAssertEqual(children.count, 2)
        XCTAssertTrue(blocks.contains(.paragraph([.text("详见"), .link(url: "https://www.yn.gov.cn/", content: [.underline([.text("云南省人民政府网站")])]), .text("。")])))
        guard case let .table(table) = blocks.first(where: { if case .table = $0 { true } else { false } }) else { return XCTFail("no table") }
        XCTAssertEqual(table.headerRowCount, 1)
        XCTAssertEqual(table.rows.map { $0.map(\.content.plainText) }, [["项目", "金额（万元）", "备注"], ["土地", "5000", "一次性支付"], ["厂房", "3000"]])
        XCTAssertEqual(table.rows[1][2].rowSpan, 2)
        XCTAssertEqual(try read("python-docx-agreement").document.metadata.title, "招商引资合作协议")
    }

    func testLibreOfficeColumnSpanAndRowSpan() throws {
        let blocks = try read("libreoffice-agreement").document.blocks
        guard case let .table(table) = blocks.first(where: { if case .table = $0 { true } else { false } }) else { return XCTFail("no table") }
        XCTAssertEqual(table.rows[0].map(\.columnSpan), [2, 1])
        XCTAssertEqual(table.rows[1].map(\.rowSpan), [1, 1, 2])
        XCTAssertEqual(table.rows[2].count, 2)
        XCTAssertEqual(table.columnWidths, [3212, 3213, 3213])
    }
}
