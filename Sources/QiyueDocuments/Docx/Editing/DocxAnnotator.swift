import Foundation
import QiyueCore

/// Writes a Word file back with comments at the places the review found (and, on request,
/// tracked changes that strike out an offending sentence and put in its lawful rewrite),
/// editing the package in place.
///
/// Only three parts can change: `document.xml` gains the range marks and reference runs
/// (and, for a redline, the tracked changes: nothing else), `comments.xml` is created or appended to, and — when the document had
/// no comments — its relationship and content type are added. Every other entry is copied
/// with its compressed bytes untouched, so numbering, headers, fields, earlier comments and
/// tracked changes survive exactly.
public struct DocxAnnotator: Sendable {
    public var author: DocxRevisionAuthor

    public init(author: DocxRevisionAuthor) {
        self.author = author
    }

    static let wordNamespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    /// The annotated package.
    public func annotate(_ document: DocxEditableDocument, with comments: [DocxComment]) throws -> Data {
        let package = document.package
        let commentsName = package.relatedParts(ofKind: "comments").first
        let existingComments = try commentsName.flatMap { try package.zip.contents(ofEntryNamed: $0) }
        let part = document.mainPart.buffer
        let commentsPart = DocxCommentsPart(existing: existingComments)
        var plan = DocxSplicePlan()
        var elements: [String] = []
        try checkPrefix(in: part, name: package.mainPart)
        var changes: [DocxTrackedChange] = []
        var ids = annotationIds(in: document, existingComments: existingComments)
        for comment in comments {
            guard var (start, end) = boundaries(of: comment.anchor, in: document, part: part) else { continue }
            let id = ids.take()
            if let rewrite = comment.rewrite, let paragraph = document.paragraph(rewrite.paragraph) {
                let sentenceStart = paragraph.startBoundary(atDecoded: paragraph.decodedOffset(ofColumn: rewrite.column), in: part)
                let sentenceEnd = paragraph.endBoundary(atDecoded: paragraph.decodedOffset(ofColumn: rewrite.endColumn), in: part)
                if let change = DocxTrackedChange.make(
                    start: sentenceStart, end: sentenceEnd, firstId: ids.next, insertion: rewrite.text, author: author, part: part
                ), plan.add(change) {
                    _ = ids.take(change.idCount)
                    changes.append(change)
                }
            }
            // A comment on text that a tracked change moves is anchored on the whole change.
            if let change = changes.first(where: { $0.start.offset <= start.offset && end.offset <= $0.end.offset }) {
                (start, end) = (change.start, change.end)
            }
            plan.insert("<w:commentRangeStart w:id=\"\(id)\"/>", at: start, closing: false)
            plan.insert("<w:commentRangeEnd w:id=\"\(id)\"/><w:r><w:commentReference w:id=\"\(id)\"/></w:r>", at: end, closing: true)
            elements.append(DocxCommentsPart.element(id: id, paragraphs: comment.paragraphs, author: author))
        }
        var additions: [Int: [DocxAddedParagraph]] = [:]
        for comment in comments {
            if let addition = comment.addition { additions[addition.afterParagraph, default: []].append(addition) }
        }
        for (number, added) in additions.sorted(by: { $0.key < $1.key }) {
            let texts = added.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }.map(\.element.text)
            guard let paragraph = document.paragraph(number), let offset = DocxParagraphInsertion.offset(after: paragraph, in: part) else { continue }
            plan.insert(DocxParagraphInsertion.markup(texts, following: paragraph, firstId: ids.take(2 * texts.count), author: author, part: part), at: .point(offset), closing: false)
        }
        // A run split where a formatting change is tracked gets a copy of it numbered from
        // here plus the split's offset: above every id above, and never twice.
        plan.copiedRevisionBase = ids.next
        var replaced: [String: [UInt8]] = [package.mainPart: plan.apply(to: part)]
        var added: [(String, [UInt8])] = []
        if !elements.isEmpty {
            if let commentsName {
                replaced[commentsName] = commentsPart.adding(elements)
            } else {
                let name = DocxRelationship.resolve("comments.xml", from: package.mainPart)
                added.append((name, commentsPart.adding(elements)))
                try addRelationship(to: package, target: name, replaced: &replaced, added: &added)
                try addContentType(for: name, in: package, replaced: &replaced)
            }
        }
        return try DocxPackageEditor.write(package.zip, replacing: replaced, adding: added)
    }

    /// A counter above every annotation id of the body, the comments, the headers, the
    /// footers and the notes, so nothing the editor adds can share an id with what is there.
    private func annotationIds(in document: DocxEditableDocument, existingComments: [UInt8]?) -> DocxAnnotationIds {
        let comments = existingComments.map { $0.withUnsafeBufferPointer(DocxAnnotationIds.highestId(in:)) } ?? -1
        return DocxAnnotationIds(above: [comments, document.highestSecondaryId, DocxAnnotationIds.highestId(in: document.mainPart.buffer)])
    }

    /// Refuses a body that does not call WordprocessingML `w:`, since the marks are written with that prefix.
    private func checkPrefix(in part: UnsafeBufferPointer<UInt8>, name: String) throws {
        let head = String(decoding: UnsafeBufferPointer(rebasing: part[..<min(part.count, 8_192)]), as: UTF8.self)
        guard head.contains(Self.wordNamespace) else {
            throw DocumentReadError(
                zh: "正文未以 w: 前缀声明 WordprocessingML 命名空间，无法就地批注", en: "the body does not declare the WordprocessingML namespace as w:, so it cannot be annotated in place", part: name
            )
        }
    }

    private func boundaries(of anchor: DocxComment.Anchor, in document: DocxEditableDocument, part: UnsafeBufferPointer<UInt8>) -> (DocxBoundary, DocxBoundary)? {
        switch anchor {
        case let .span(paragraph, column, endParagraph, endColumn):
            guard let first = document.paragraph(paragraph), let last = document.paragraph(endParagraph) else { return nil }
            return (first.startBoundary(atDecoded: first.decodedOffset(ofColumn: column), in: part),
                    last.endBoundary(atDecoded: last.decodedOffset(ofColumn: endColumn), in: part))
        case .title:
            guard let number = document.titleParagraph, let title = document.paragraph(number) else { return nil }
            return (title.startBoundary(atDecoded: 0, in: part), title.endBoundary(atDecoded: title.plainText.utf8.count, in: part))
        }
    }

    private func addRelationship(to package: DocxPackage, target: String, replaced: inout [String: [UInt8]], added: inout [(String, [UInt8])]) throws {
        let name = DocxRelationship.relationshipsPart(of: package.mainPart)
        let taken = Set(package.relationships.map(\.id))
        var number = package.relationships.count + 1
        while taken.contains("rId\(number)") { number += 1 }
        let relative = String(target.split(separator: "/").last ?? "comments.xml")
        let element = "<Relationship Id=\"rId\(number)\" Type=\"\(DocxCommentsPart.relationshipType)\" Target=\"\(relative)\"/>"
        if let bytes = try package.zip.contents(ofEntryNamed: name) {
            guard let edited = DocxPartText.inserting(element, beforeLast: "</Relationships>", in: bytes)
                ?? DocxPartText.expandingEmptyRoot("Relationships", with: element, in: bytes) else {
                throw DocumentReadError(zh: "关系部件格式无法识别", en: "the relationships part is not in a recognisable form", part: name)
            }
            replaced[name] = edited
        } else {
            let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(element)</Relationships>"
            added.append((name, Array(xml.utf8)))
        }
    }

    private func addContentType(for part: String, in package: DocxPackage, replaced: inout [String: [UInt8]]) throws {
        let name = "[Content_Types].xml"
        guard let bytes = try package.zip.contents(ofEntryNamed: name) else {
            throw DocumentReadError(zh: "缺少 [Content_Types].xml", en: "[Content_Types].xml is missing", part: name)
        }
        let element = "<Override PartName=\"/\(part)\" ContentType=\"\(DocxCommentsPart.contentType)\"/>"
        guard let edited = DocxPartText.inserting(element, beforeLast: "</Types>", in: bytes) else {
            throw DocumentReadError(zh: "内容类型部件格式无法识别", en: "the content types part is not in a recognisable form", part: name)
        }
        replaced[name] = edited
    }
}
