import QiyueCore

/// The `word/comments.xml` part: a new one, or an existing one with comments appended.
///
/// Comments already in the document keep their ids and bytes; new ones take ids above
/// the highest in use, so no marker in the body can point at the wrong comment.
struct DocxCommentsPart {
    static let contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"

    /// The part as it was, or `nil` when the document has no comments yet.
    let existing: [UInt8]?
    /// The first id free for a new comment.
    let firstFreeId: Int

    /// - Parameter highestMarkerId: the highest id a comment mark in the body uses; a mark
    ///   whose comment is missing (a file other tools edited) must not adopt a new comment.
    init(existing: [UInt8]?, highestMarkerId: Int = -1) {
        self.existing = existing
        firstFreeId = max(existing.map { Self.highestId(in: $0) } ?? -1, highestMarkerId) + 1
    }

    /// The highest id of a comment mark (`w:commentRangeStart`, `w:commentReference`) in the body, or -1.
    static func highestMarkerId(in part: UnsafeBufferPointer<UInt8>) -> Int {
        let text = String(decoding: part, as: UTF8.self)
        var highest = -1
        for marker in ["<w:commentRangeStart w:id=\"", "<w:commentReference w:id=\"", "<w:commentRangeEnd w:id=\""] {
            var rest = text[...]
            while let range = rest.range(of: marker) {
                rest = rest[range.upperBound...]
                if let value = Int(rest.prefix { $0.isASCII && $0.isNumber }) { highest = max(highest, value) }
            }
        }
        return highest
    }

    /// The highest `w:id` of a `w:comment` in the part, or -1.
    static func highestId(in bytes: [UInt8]) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        var highest = -1
        var rest = text[...]
        while let range = rest.range(of: "<w:comment ") {
            rest = rest[range.upperBound...]
            guard let id = rest.range(of: "w:id=\"") else { break }
            let digits = rest[id.upperBound...].prefix { $0.isASCII && $0.isNumber }
            if let value = Int(digits) { highest = max(highest, value) }
        }
        return highest
    }

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
