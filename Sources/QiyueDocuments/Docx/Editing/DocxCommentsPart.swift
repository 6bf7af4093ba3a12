import QiyueCore

/// The `word/comments.xml` part: a new one, or an existing one with comments appended.
///
/// Comments already in the document keep their ids and bytes; new ones take the ids the
/// annotator hands out (`DocxAnnotationIds`), above every annotation id in use, so no mark
/// in the body can point at the wrong comment.
struct DocxCommentsPart {
    static let contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"

    /// The part as it was, or `nil` when the document has no comments yet.
    let existing: [UInt8]?

    /// One `w:comment` element: each paragraph of the text a `w:p`, the first opening with
    /// the annotation mark Word draws the comment's number with.
    static func element(id: Int, paragraphs: [String], author: DocxRevisionAuthor) -> String {
        var xml = "<w:comment w:id=\"\(id)\" w:author=\"\(XMLEscaping.escape(author.name))\" w:date=\"\(XMLEscaping.escape(author.date))\""
        xml += " w:initials=\"\(XMLEscaping.escape(author.initials))\">"
        for (index, paragraph) in paragraphs.enumerated() {
            xml += "<w:p><w:pPr><w:pStyle w:val=\"CommentText\"/></w:pPr>"
            if index == 0 { xml += "<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:annotationRef/></w:r>" }
            xml += "<w:r><w:t xml:space=\"preserve\">\(XMLEscaping.escape(paragraph))</w:t></w:r></w:p>"
        }
        return xml + "</w:comment>"
    }

    /// The part with `elements` added.
    func adding(_ elements: [String]) -> [UInt8] {
        let added = elements.joined()
        guard let existing else {
            let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            let root = "<w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            return Array((header + root + added + "</w:comments>").utf8)
        }
        return DocxPartText.inserting(added, beforeLast: "</w:comments>", in: existing)
            ?? DocxPartText.expandingEmptyRoot("w:comments", with: added, in: existing)
            ?? existing
    }
}
