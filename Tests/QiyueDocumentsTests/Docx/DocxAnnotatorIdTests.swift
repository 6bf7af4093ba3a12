import Foundation
import XCTest
@testable import QiyueDocuments

/// Every id the editor writes — comments and their marks, deleted runs, insertions, added
/// paragraphs — is unique across all kinds and lies above every annotation id already in
/// the package, wherever that id stands (body, comments, headers, footers, notes).
final class DocxAnnotatorIdTests: XCTestCase {
    private let author = DocxRevisionAuthor(name: "契约审查", date: "2025-03-08T09:00:00Z")
    private let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    private let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A package whose body, comments, header, footer and footnotes each hold ids of their own.
    private func package(header: String = "", footer: String = "", footnotes: String = "", comments: String? = nil) -> Data {
        var archive = TestArchive()
        archive.add("[Content_Types].xml", """
        <?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """)
        archive.add("_rels/.rels", """
        <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="word/document.xml"/></Relationships>
        """)
        var related = [("header", "header1.xml"), ("footer", "footer1.xml"), ("footnotes", "footnotes.xml")]
        if comments != nil { related.append(("comments", "comments.xml")) }
        archive.add("word/_rels/document.xml.rels", """
        <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        \(related.enumerated().map { "<Relationship Id=\"rId\($0.offset + 2)\" Type=\"\(relationships)/\($0.element.0)\" Target=\"\($0.element.1)\"/>" }.joined())\
        </Relationships>
        """)
        archive.add("word/document.xml", TestArchive.body("""
        <w:p><w:bookmarkStart w:id="3" w:name="开头"/><w:r><w:t>甲方承诺返还地价。</w:t></w:r><w:bookmarkEnd w:id="3"/></w:p>\
        <w:p><w:ins w:id="5" w:author="起草人"><w:r><w:t>乙方承诺投资。</w:t></w:r></w:ins></w:p>
        """))
        archive.add("word/header1.xml", "<w:hdr xmlns:w=\"\(main)\"><w:p>\(header)<w:r><w:t>页眉</w:t></w:r></w:p></w:hdr>")
        archive.add("word/footer1.xml", "<w:ftr xmlns:w=\"\(main)\"><w:p>\(footer)<w:r><w:t>页脚</w:t></w:r></w:p></w:ftr>")
        archive.add("word/footnotes.xml", "<w:footnotes xmlns:w=\"\(main)\">\(footnotes)</w:footnotes>")
        if let comments { archive.add("word/comments.xml", "<w:comments xmlns:w=\"\(main)\">\(comments)</w:comments>") }
        return archive.data
    }

    /// A comment with a rewrite on the first sentence and one that adds a paragraph after the second.
    private var comments: [DocxComment] {
        [
            DocxComment(anchor: .span(paragraph: 1, column: 5, endParagraph: 1, endColumn: 9), paragraphs: ["地价返还"],
                        rewrite: DocxRewrite(paragraph: 1, column: 1, endColumn: 10, text: "甲方依法出让土地。")),
            DocxComment(anchor: .span(paragraph: 2, column: 1, endParagraph: 2, endColumn: 3), paragraphs: ["缺少违约责任"],
                        addition: DocxAddedParagraph(afterParagraph: 2, text: "违约方应承担违约责任。")),
            DocxComment(anchor: .title, paragraphs: ["整体意见"]),
        ]
    }

    /// The ids of the annotations the editor wrote (by its author, or comment marks not in the input).
    private func newIds(_ output: Data, input: Data) throws -> (comments: [Int], revisions: [Int]) {
        let zip = try ZipReader(data: output)
        let body = String(decoding: try XCTUnwrap(zip.contents(ofEntryNamed: "word/document.xml")), as: UTF8.self)
        let before = String(decoding: try XCTUnwrap(ZipReader(data: input).contents(ofEntryNamed: "word/document.xml")), as: UTF8.self)
        let commentIds = ids(after: "<w:commentRangeStart w:id=\"", in: body).filter { !before.contains("<w:commentRangeStart w:id=\"\($0)\"") }
        let revisions = ids(after: "<w:ins w:id=\"", in: body, authoredBy: author.name) + ids(after: "<w:del w:id=\"", in: body, authoredBy: author.name)
        return (commentIds, revisions)
    }

    private func ids(after marker: String, in text: String, authoredBy name: String? = nil) -> [Int] {
        text.components(separatedBy: marker).dropFirst().compactMap { piece in
            if let name, !piece.prefix(while: { $0 != ">" }).contains("w:author=\"\(name)\"") { return nil }
            return Int(piece.prefix { $0.isNumber })
        }
    }

    private func annotate(_ input: Data) throws -> Data {
        try DocxAnnotator(author: author).annotate(DocxReader().readForEditing(input), with: comments)
    }

    func testCommentAndRevisionIdsNeverMeet() throws {
        let input = package()
        let (commentIds, revisions) = try newIds(try annotate(input), input: input)
        XCTAssertEqual(commentIds.count, 3)
        // One deleted run and one insertion for the rewrite, two ids for the added paragraph.
        XCTAssertEqual(revisions.count, 4, "\(revisions)")
        let all = commentIds + revisions
        XCTAssertEqual(Set(all).count, all.count, "ids shared between kinds: \(all)")
        XCTAssertTrue(all.allSatisfy { $0 > 5 }, "\(all) must lie above the body's bookmark (3) and insertion (5)")
        XCTAssertEqual(all.sorted(), Array(6 ..< 6 + all.count), "the ids are handed out one after another")
    }

    func testNewIdsLieAboveIdsInEveryOtherPart() throws {
        let cases: [(String, Data)] = [
            ("header", package(header: "<w:bookmarkStart w:id=\"40\" w:name=\"h\"/><w:bookmarkEnd w:id=\"40\"/>")),
            ("footer", package(footer: "<w:ins w:id=\"41\" w:author=\"x\"><w:r><w:t>新</w:t></w:r></w:ins>")),
            ("footnotes", package(footnotes: "<w:footnote w:id=\"1\"><w:p><w:del w:id=\"42\" w:author=\"x\"><w:r><w:delText>旧</w:delText></w:r></w:del></w:p></w:footnote>")),
            ("comments", package(comments: "<w:comment w:id=\"43\" w:author=\"x\"><w:p><w:r><w:t>早先的批注</w:t></w:r></w:p></w:comment>")),
        ]
        for (place, input) in cases {
            let output = try annotate(input)
            let (commentIds, revisions) = try newIds(output, input: input)
            let all = commentIds + revisions
            let floor = 40 + cases.firstIndex { $0.0 == place }!
            XCTAssertEqual(all.count, 7, place)
            XCTAssertEqual(Set(all).count, all.count, "\(place): \(all)")
            XCTAssertEqual(all.min(), floor + 1, "\(place): the first new id is one above the \(place)'s id \(floor)")
            // The earlier comment keeps its id, and the new ones are appended after it.
            if place == "comments" {
                let part = String(decoding: try XCTUnwrap(ZipReader(data: output).contents(ofEntryNamed: "word/comments.xml")), as: UTF8.self)
                XCTAssertTrue(part.hasPrefix("<w:comments xmlns:w=\"\(main)\"><w:comment w:id=\"43\" w:author=\"x\">"), part)
                XCTAssertEqual(Set(ids(after: "<w:comment w:id=\"", in: part)), Set([43] + commentIds))
            }
        }
    }
}
