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

    /// The opening of each comment mark, up to its id.
    private static let markers = ["<w:commentRangeStart w:id=\"", "<w:commentReference w:id=\"", "<w:commentRangeEnd w:id=\""].map { Array($0.utf8) }

    /// The highest id of a comment mark (`w:commentRangeStart`, `w:commentReference`) in the body, or -1.
    ///
    /// The marks are ASCII, so they are found in the bytes: a search of the decoded body
    /// through Foundation cost more than the rest of annotating a long document.
    static func highestMarkerId(in part: UnsafeBufferPointer<UInt8>) -> Int {
        var highest = -1
        for marker in markers {
            var index = 0
            while let end = end(of: marker, in: part, from: index) {
                index = end
                if let value = id(in: part, at: end) { highest = max(highest, value) }
            }
        }
        return highest
    }

    /// The offset just past the next occurrence of `marker` at or after `start`.
    private static func end(of marker: [UInt8], in part: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = marker.first, part.count >= marker.count else { return nil }
        var index = start
        while index <= part.count - marker.count {
            if part[index] == first {
                var offset = 1
                while offset < marker.count, part[index + offset] == marker[offset] { offset += 1 }
                if offset == marker.count { return index + marker.count }
            }
            index += 1
        }
        return nil
    }

    /// The decimal id the characters at `offset` spell. A digit that a combining mark joins
    /// is a character of its own and ends the id; only then is the text decoded, up to the
    /// next ASCII byte, which no mark joins.
    private static func id(in part: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        var cursor = offset
        while cursor < part.count, part[cursor] >= 0x30, part[cursor] <= 0x39 { cursor += 1 }
        guard cursor < part.count, part[cursor] >= 0x80 else {
            return Int(String(decoding: UnsafeBufferPointer(rebasing: part[offset..<cursor]), as: UTF8.self))
        }
        var stop = cursor
        while stop < part.count, part[stop] >= 0x80 { stop += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: part[offset..<stop]), as: UTF8.self)
        return Int(text.prefix { $0.isASCII && $0.isNumber })
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
