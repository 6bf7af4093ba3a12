import Foundation
import QiyueDocuments
import QiyueDrafting
import QiyueTemplate
import XCTest

/// Preparing a Word part is linear: documents built to make docxtpl's regular expressions
/// backtrack give an answer (output or a located error) quickly.
final class WordTemplateHostileTests: XCTestCase {
    func package(body: String) throws -> Data {
        var writer = ZipWriter()
        try writer.add("[Content_Types].xml", text: "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        try writer.add("word/document.xml", text: "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)</w:body></w:document>")
        return try writer.finish()
    }

    func testRepeatedOpenersWithoutClosersAreLinear() throws {
        for piece in ["{{p ", "-%}", "{%r ", "{<w:x/>", "</w:t>{{ <w:t>", "<w:p>{{p "] {
            let body = "<w:p><w:r><w:t>" + String(repeating: piece, count: 20_000) + "</w:t></w:r></w:p>"
            let start = Date()
            do {
                _ = try WordTemplate(data: try package(body: body), path: "h.docx", language: .en).render([:])
            } catch is TemplateError {}
            XCTAssertLessThan(Date().timeIntervalSince(start), 10, piece)
        }
    }

    func testAPlainDocumentPassesThroughUnchanged() throws {
        let body = "<w:p><w:r><w:t>甲方 &amp; 乙方</w:t></w:r></w:p>"
        let output = try WordTemplate(data: try package(body: body), path: "p.docx", language: .en).render([:])
        let xml = try XCTUnwrap(try ZipReader(data: output).contents(ofEntryNamed: "word/document.xml"))
        XCTAssertTrue(String(decoding: xml, as: UTF8.self).contains("<w:t xml:space=\"preserve\">甲方 &amp; 乙方</w:t>"))
    }

    /// LibreOffice saves a straight quote typed in a tag as `&apos;` or `&quot;`; the tag still works.
    func testQuotesSavedAsEntitiesWorkInTags() throws {
        let body = "<w:p><w:r><w:t>{{ p.get(&apos;name&apos;) }}/{{ p.get(&quot;id&quot;, &#39;-&#39;) }}</w:t></w:r></w:p>"
        let data = try TemplateValue(jsonData: Data(#"{"p": {"name": "普洱"}}"#.utf8))
        let output = try WordTemplate(data: try package(body: body), path: "q.docx", language: .en).render(data)
        let xml = String(decoding: try XCTUnwrap(try ZipReader(data: output).contents(ofEntryNamed: "word/document.xml")), as: UTF8.self)
        XCTAssertTrue(xml.contains(">普洱/-</w:t>"), xml)
    }
}
