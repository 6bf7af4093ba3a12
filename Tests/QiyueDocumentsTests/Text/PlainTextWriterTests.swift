import XCTest
@testable import QiyueDocuments

final class PlainTextWriterTests: XCTestCase {
    func testAgreementAsPlainText() throws {
        let text = PlainTextWriter().write(try Fixtures.document("agreement"))
        XCTAssertTrue(text.hasPrefix("某某新能源电池材料项目投资合作协议\n（草案）\n甲方：某某县人民政府\n乙方：某某新能源科技有限公司\n二〇二五年三月\n\n第一章　总则\n\n第一条　为加快推进"))
        XCTAssertTrue(text.contains("第二条　项目基本情况：\n（一）项目名称：年产 5 万吨磷酸铁锂正极材料项目；\n（二）"))
        XCTAssertTrue(text.contains("""
        序号 | 地块编号    | 面积（亩） | 用途 | 备注
        1    | YN-2025-001 | 120.5      | 工业 | 一期
        """))
        XCTAssertTrue(text.contains("1. 签约后 30 日内完成项目公司注册；\n2. 取得土地后 6 个月内开工建设：\n   • 一期厂房；\n   • 配套设施。\n3. 开工后"))
        XCTAssertTrue(text.contains("[图片：项目区位示意图]"))
        XCTAssertTrue(text.hasSuffix("乙方（盖章）：某某新能源科技有限公司\n法定代表人或授权代表（签字）：\n日期：　　年　　月　　日\n"))
    }

    func testFormattingIsDroppedAndBreaksKept() {
        let document = Document(blocks: [.paragraph([.bold([.text("粗")]), .lineBreak, .link(url: "https://a.cn", content: [.text("链接")])]), .pageBreak, .thematicBreak])
        XCTAssertEqual(PlainTextWriter().write(document), "粗\n链接\n\n* * *\n")
    }

    func testEmptyDocumentIsEmpty() {
        XCTAssertEqual(PlainTextWriter().write(Document()), "")
    }
}
