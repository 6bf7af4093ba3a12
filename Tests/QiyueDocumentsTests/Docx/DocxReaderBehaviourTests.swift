import XCTest
@testable import QiyueDocuments

/// Focused cases of the reading rules, on small hand-written documents.
final class DocxReaderBehaviourTests: XCTestCase {
    private func text(_ body: String, includeDeletedText: Bool = false) throws -> String {
        let data = TestArchive.docx(documentXML: TestArchive.body(body))
        return try DocxReader(options: DocxReaderOptions(includeDeletedText: includeDeletedText)).read(data).text.text
    }

    func testJoinsWordsSplitAcrossRuns() throws {
        XCTAssertEqual(try text("<w:p><w:r><w:t>土地出让</w:t></w:r><w:proofErr/><w:r><w:rPr><w:i/></w:rPr><w:t>金返</w:t></w:r><w:r><w:t>还</w:t></w:r></w:p>"), "土地出让金返还")
    }

    func testNestedComplexFieldsShowOnlyTheirResults() throws {
        let body = """
        <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>\
        <w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> = 1 "首页"</w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>首页</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
        """
        XCTAssertEqual(try text(body), "首页")
    }

    func testTabsBreaksAndHiddenText() throws {
        let body = "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr><w:r><w:t>甲方</w:t><w:tab/><w:t>乙方</w:t><w:br/><w:t>地址</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r></w:p>"
        XCTAssertEqual(try text(body), "甲方\t乙方\n地址")
    }

    func testMovedTextAndAlternateContentAreNotDuplicated() throws {
        let body = """
        <w:p><w:moveFrom><w:r><w:t>旧位置</w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t>新位置</w:t></w:r></w:moveTo>\
        <w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps">\
        <w:t>文本框</w:t></mc:Choice><mc:Fallback><w:t>文本框</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>
        """
        XCTAssertEqual(try text(body), "新位置文本框")
        XCTAssertEqual(try text(body, includeDeletedText: true), "〔删除：旧位置〕新位置文本框")
    }

    func testRubyAnnotationsAreNotRead() throws {
        let body = "<w:p><w:r><w:t>签订</w:t></w:r><w:r><w:ruby><w:rt><w:r><w:t>qiān</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>契</w:t></w:r></w:rubyBase></w:ruby></w:r><w:r><w:t>约</w:t></w:r></w:p>"
        XCTAssertEqual(try text(body), "签订契约")
    }

    func testTypedArticleNumbersLabelFollowingParagraphs() throws {
        let data = TestArchive.docx(documentXML: TestArchive.body("<w:p><w:r><w:t>第十二条 违约责任</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>乙方应当赔偿。</w:t></w:r></w:p>"))
        let origins = try DocxReader().read(data).text.origins
        XCTAssertEqual(origins.map(\.label), ["第1段（第十二条）", "第3段（第十二条）"])
    }

    func testForeignNamespacePrefixesAreUnderstood() throws {
        let xml = """
        <ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body>\
        <ns0:p><ns0:r><ns0:t>前缀不同</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>
        """
        XCTAssertEqual(try DocxReader().read(TestArchive.docx(documentXML: xml)).text.text, "前缀不同")
    }
}
