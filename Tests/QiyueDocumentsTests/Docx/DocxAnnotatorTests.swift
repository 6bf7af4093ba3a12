import Foundation
import XCTest
@testable import QiyueDocuments

/// The package editor's splices, byte for byte: where a run is split, what each half keeps,
/// how entities and tags count as characters, and what else in the package changes.
final class DocxAnnotatorTests: XCTestCase {
    private let author = DocxRevisionAuthor(name: "契约审查", date: "2025-03-08T09:00:00Z")

    private func package(_ paragraphs: String) -> Data {
        var archive = TestArchive()
        archive.add("[Content_Types].xml", """
        <?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """)
        archive.add("_rels/.rels", """
        <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/></Relationships>
        """)
        archive.add("word/document.xml", TestArchive.body(paragraphs))
        archive.add("word/styles.xml", "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>")
        return archive.data
    }

    /// The body of the annotated document.xml (between `<w:body>` and `</w:body>`).
    private func annotatedBody(_ paragraphs: String, _ comments: [DocxComment]) throws -> (body: String, zip: ZipReader) {
        let document = try DocxReader().readForEditing(package(paragraphs))
        let output = try DocxAnnotator(author: author).annotate(document, with: comments)
        let zip = try ZipReader(data: output)
        let xml = String(decoding: try XCTUnwrap(zip.contents(ofEntryNamed: "word/document.xml")), as: UTF8.self)
        let start = try XCTUnwrap(xml.range(of: "<w:body>")).upperBound
        let end = try XCTUnwrap(xml.range(of: "</w:body>")).lowerBound
        return (String(xml[start ..< end]), zip)
    }

    private func span(_ paragraph: Int, _ column: Int, _ endColumn: Int) -> DocxComment {
        DocxComment(anchor: .span(paragraph: paragraph, column: column, endParagraph: paragraph, endColumn: endColumn), paragraphs: ["意见"])
    }

    func testASpanInsideOneRunSplitsItAndBothHalvesKeepTheProperties() throws {
        let body = try annotatedBody("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>甲方承诺地价</w:t></w:r></w:p>", [span(1, 3, 5)]).body
        XCTAssertEqual(body, """
        <w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">甲方</w:t></w:r><w:commentRangeStart w:id="0"/>\
        <w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">承诺</w:t></w:r><w:commentRangeEnd w:id="0"/>\
        <w:r><w:commentReference w:id="0"/></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">地价</w:t></w:r></w:p>
        """)
    }

    func testSpansOnRunBoundariesLeaveTheRunsAsTheyAreAndEntitiesCountAsOneCharacter() throws {
        // `A&amp;B` is three characters; the span is the second run exactly.
        let body = try annotatedBody("<w:p><w:r><w:t>A&amp;B</w:t></w:r><w:r><w:t>承诺</w:t></w:r></w:p>", [span(1, 4, 6)]).body
        XCTAssertEqual(body, """
        <w:p><w:r><w:t>A&amp;B</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:t>承诺</w:t></w:r>\
        <w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>
        """)
        let inside = try annotatedBody("<w:p><w:r><w:t>A&amp;B承诺</w:t></w:r></w:p>", [span(1, 3, 4)]).body
        XCTAssertTrue(inside.hasPrefix("<w:p><w:r><w:t xml:space=\"preserve\">A&amp;</w:t></w:r><w:commentRangeStart w:id=\"0\"/>"), inside)
    }

    func testTabsAndHiddenOrDeletedTextAreWhereTheReviewCountsThem() throws {
        // The review reads `甲\t乙方`: the tab is one character; deleted and hidden text are not there at all.
        let paragraphs = """
        <w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙方</w:t></w:r><w:del w:id="9" w:author="x"><w:r><w:delText>删</w:delText></w:r></w:del>\
        <w:r><w:rPr><w:vanish/></w:rPr><w:t>隐</w:t></w:r><w:r><w:t>承担</w:t></w:r></w:p>
        """
        let document = try DocxReader().readForEditing(package(paragraphs))
        XCTAssertEqual(document.text.text, "甲\t乙方承担")
        let body = try annotatedBody(paragraphs, [span(1, 5, 7)]).body
        XCTAssertTrue(body.contains("<w:delText>删</w:delText>"))
        // The comment takes the first id above the deletion's: annotation ids are shared by every kind.
        XCTAssertTrue(body.hasSuffix("<w:commentRangeStart w:id=\"10\"/><w:r><w:t>承担</w:t></w:r><w:commentRangeEnd w:id=\"10\"/><w:r><w:commentReference w:id=\"10\"/></w:r></w:p>"), body)
        let afterTab = try annotatedBody(paragraphs, [span(1, 3, 5)]).body
        // A span starting at a `w:t` that follows a tab splits the run between the two elements.
        XCTAssertTrue(afterTab.hasPrefix("<w:p><w:r><w:t>甲</w:t><w:tab/></w:r><w:commentRangeStart w:id=\"10\"/><w:r><w:t>乙方</w:t></w:r><w:commentRangeEnd"), afterTab)
    }

    func testTheFirstCommentAddsItsPartRelationshipAndContentTypeAndNothingElseChanges() throws {
        let input = package("<w:p><w:r><w:t>某某协议</w:t></w:r></w:p>")
        let document = try DocxReader().readForEditing(input)
        let output = try DocxAnnotator(author: author).annotate(document, with: [DocxComment(anchor: .title, paragraphs: ["[r] 甲", "建议：乙"])])
        let before = try ZipReader(data: input), after = try ZipReader(data: output)
        XCTAssertEqual(after.entries.map(\.name), before.entries.map(\.name) + ["word/comments.xml", "word/_rels/document.xml.rels"])
        XCTAssertEqual(try after.contents(ofEntryNamed: "word/styles.xml"), try before.contents(ofEntryNamed: "word/styles.xml"))
        XCTAssertEqual(try after.rawContents(of: after.entry(named: "_rels/.rels")!), try before.rawContents(of: before.entry(named: "_rels/.rels")!))
        let types = String(decoding: try XCTUnwrap(after.contents(ofEntryNamed: "[Content_Types].xml")), as: UTF8.self)
        XCTAssertTrue(types.hasSuffix("<Override PartName=\"/word/comments.xml\" ContentType=\"\(DocxCommentsPart.contentType)\"/></Types>"), types)
        let relationships = String(decoding: try XCTUnwrap(after.contents(ofEntryNamed: "word/_rels/document.xml.rels")), as: UTF8.self)
        XCTAssertTrue(relationships.contains("Type=\"\(DocxCommentsPart.relationshipType)\" Target=\"comments.xml\""), relationships)
        let comments = String(decoding: try XCTUnwrap(after.contents(ofEntryNamed: "word/comments.xml")), as: UTF8.self)
        XCTAssertTrue(comments.contains("<w:comment w:id=\"0\" w:author=\"契约审查\" w:date=\"2025-03-08T09:00:00Z\" w:initials=\"契约\">"), comments)
        XCTAssertTrue(comments.contains("<w:t xml:space=\"preserve\">建议：乙</w:t>"), comments)
        // The annotated file reads as the same text.
        XCTAssertEqual(try DocxReader().readText(output).text, "某某协议")
    }

    func testATrackedChangeDeletesEachRunOfTheSentenceWhereItStands() throws {
        let paragraphs = "<w:p><w:r><w:t>前文。甲方承诺</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>地价。</w:t></w:r></w:p>"
        var comment = span(1, 4, 8)
        comment.rewrite = DocxRewrite(paragraph: 1, column: 4, endColumn: 11, text: "依法出让。")
        let body = try annotatedBody(paragraphs, [comment]).body
        let by = "w:author=\"契约审查\" w:date=\"2025-03-08T09:00:00Z\""
        XCTAssertEqual(body, """
        <w:p><w:r><w:t xml:space="preserve">前文。</w:t></w:r><w:commentRangeStart w:id="0"/>\
        <w:del w:id="1" \(by)><w:r><w:delText xml:space="preserve">甲方承诺</w:delText></w:r></w:del>\
        <w:del w:id="2" \(by)><w:r><w:rPr><w:b/></w:rPr><w:delText>地价。</w:delText></w:r></w:del>\
        <w:ins w:id="3" \(by)><w:r><w:t xml:space="preserve">依法出让。</w:t></w:r></w:ins>\
        <w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>
        """)
    }

    func testASentenceAcrossAHyperlinkAndAnEarlierChangeIsDeletedInsideThem() throws {
        let paragraphs = """
        <w:p><w:r><w:t>甲方</w:t></w:r><w:hyperlink w:anchor="x"><w:r><w:t>承诺</w:t></w:r></w:hyperlink>\
        <w:ins w:id="7" w:author="起草人"><w:r><w:t>地价</w:t></w:r></w:ins><w:del w:id="8" w:author="起草人"><w:r><w:delText>旧</w:delText></w:r></w:del>\
        <w:r><w:t>。</w:t></w:r></w:p>
        """
        var comment = span(1, 1, 3)
        comment.rewrite = DocxRewrite(paragraph: 1, column: 1, endColumn: 8, text: nil)
        let body = try annotatedBody(paragraphs, [comment]).body
        let by = "w:author=\"契约审查\" w:date=\"2025-03-08T09:00:00Z\""
        XCTAssertEqual(body, """
        <w:p><w:commentRangeStart w:id="9"/><w:del w:id="10" \(by)><w:r><w:delText>甲方</w:delText></w:r></w:del>\
        <w:hyperlink w:anchor="x"><w:del w:id="11" \(by)><w:r><w:delText>承诺</w:delText></w:r></w:del></w:hyperlink>\
        <w:ins w:id="7" w:author="起草人"><w:del w:id="12" \(by)><w:r><w:delText>地价</w:delText></w:r></w:del></w:ins>\
        <w:del w:id="8" w:author="起草人"><w:r><w:delText>旧</w:delText></w:r></w:del>\
        <w:del w:id="13" \(by)><w:r><w:delText>。</w:delText></w:r></w:del><w:commentRangeEnd w:id="9"/><w:r><w:commentReference w:id="9"/></w:r></w:p>
        """)
        // Read as accepted, the paragraph is gone.
        let document = try DocxReader().readForEditing(package(paragraphs))
        XCTAssertEqual(document.text.text, "甲方承诺地价。")
    }

    func testNewCommentIdsStayAboveMarksWhoseCommentIsMissing() throws {
        let paragraphs = "<w:p><w:commentRangeStart w:id=\"41\"/><w:r><w:t>甲方承诺</w:t></w:r><w:commentRangeEnd w:id=\"41\"/></w:p>"
        let body = try annotatedBody(paragraphs, [span(1, 3, 5)]).body
        XCTAssertTrue(body.contains("<w:commentRangeStart w:id=\"42\"/>"), body)
    }

    func testTheTitleIsTheHeadingBelowAFileNumber() throws {
        let paragraphs = """
        <w:p><w:r><w:t>编号：WS-2025-007</w:t></w:r></w:p>\
        <w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>投资协议</w:t></w:r></w:p><w:p><w:r><w:t>正文</w:t></w:r></w:p>
        """
        let body = try annotatedBody(paragraphs, [DocxComment(anchor: .title, paragraphs: ["缺少违约责任"])]).body
        XCTAssertTrue(body.contains("<w:commentRangeStart w:id=\"0\"/><w:r><w:t>投资协议</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"), body)
    }

    func testASplitRunWithATrackedFormattingChangeGivesTheCopyAnIdOfItsOwn() throws {
        let change = "<w:rPrChange w:id=\"3\" w:author=\"起草人\"><w:rPr/></w:rPrChange>"
        let paragraphs = "<w:p><w:r><w:rPr><w:b/>\(change)</w:rPr><w:t>甲方承诺地价</w:t></w:r></w:p>"
        let body = try annotatedBody(paragraphs, [span(1, 3, 5)]).body
        let ids = body.components(separatedBy: "<w:rPrChange w:id=\"").dropFirst().map { $0.prefix { $0.isNumber } }
        XCTAssertEqual(ids.count, 3, body)
        XCTAssertEqual(ids.first, "3")
        XCTAssertEqual(Set(ids).count, 3, "every copy of the change needs its own id: \(ids)")
        XCTAssertEqual(try DocxReader().readText(try DocxAnnotator(author: author).annotate(DocxReader().readForEditing(package(paragraphs)), with: [span(1, 3, 5)])).text, "甲方承诺地价")
    }
}
