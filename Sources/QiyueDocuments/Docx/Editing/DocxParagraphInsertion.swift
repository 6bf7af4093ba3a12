import Foundation
import QiyueCore

/// The markup of paragraphs added as tracked insertions after a body paragraph.
///
/// Both the paragraph's content and its paragraph mark are marked inserted (the mark by a
/// `w:ins` in the paragraph properties' run properties, as Word writes it), so rejecting the
/// change removes the paragraph whole and accepting it leaves an ordinary paragraph. The run
/// takes the run properties of the paragraph it follows, so the added clause is set in the
/// same font, and the paragraph properties of a body paragraph (indents, spacing), without its
/// numbering, section break or tracked property change; a heading's, a title's or a list
/// item's properties are not copied, since they would make the clause a heading or number it.
enum DocxParagraphInsertion {
    /// Where markup after the paragraph goes: just past its end tag, or `nil` when the bytes there are not `</w:p>`.
    static func offset(after paragraph: DocxParagraph, in part: UnsafeBufferPointer<UInt8>) -> Int? {
        let end = Array("</w:p>".utf8)
        let start = paragraph.anchor.contentEnd
        guard start + end.count <= part.count, part[start ..< start + end.count].elementsEqual(end) else { return nil }
        return start + end.count
    }

    /// The new paragraphs, with two revision ids each from `firstId`.
    static func markup(_ texts: [String], following paragraph: DocxParagraph, firstId: Int, author: DocxRevisionAuthor, part: UnsafeBufferPointer<UInt8>) -> String {
        let attributes = "w:author=\"\(XMLEscaping.escape(author.name))\" w:date=\"\(XMLEscaping.escape(author.date))\""
        var properties = paragraph.pieces.first.map { String(decoding: UnsafeBufferPointer(rebasing: part[$0.run.properties]), as: UTF8.self) } ?? ""
        // A tracked formatting change belongs to the run it was made on; its id must not appear twice.
        properties = properties.replacingOccurrences(of: #"<w:rPrChange\b.*?</w:rPrChange>|<w:rPrChange\b[^>]*/>"#, with: "", options: .regularExpression)
        let paragraphProperties = bodyProperties(of: paragraph, in: part)
        var xml = ""
        for (index, text) in texts.enumerated() {
            let id = firstId + 2 * index
            xml += "<w:p><w:pPr>\(paragraphProperties)<w:rPr><w:ins w:id=\"\(id)\" \(attributes)/></w:rPr></w:pPr>"
                + "<w:ins w:id=\"\(id + 1)\" \(attributes)><w:r>\(properties)<w:t xml:space=\"preserve\">\(XMLEscaping.escape(text))</w:t></w:r></w:ins></w:p>"
        }
        return xml
    }

    /// The inside of a body paragraph's `w:pPr` that an added paragraph may share, or nothing.
    static func bodyProperties(of paragraph: DocxParagraph, in part: UnsafeBufferPointer<UInt8>) -> String {
        guard paragraph.headingLevel == nil, paragraph.titleRole == nil, paragraph.numId == nil, paragraph.outlineLevel == nil else { return "" }
        let end = Array("</w:pPr>".utf8)
        let close = paragraph.anchor.contentStart - end.count
        guard close > 0, part[close ..< close + end.count].elementsEqual(end) else { return "" }
        let head = String(decoding: UnsafeBufferPointer(rebasing: part[max(0, close - 4_096) ..< close]), as: UTF8.self)
        // A tracked property change holds a `w:pPr` of its own, which a backward search would take for this one.
        guard let open = head.range(of: "<w:pPr>", options: .backwards), !head[open.lowerBound...].contains("w:pPrChange") else { return "" }
        var inside = String(head[open.upperBound...])
        for element in ["w:rPr", "w:sectPr", "w:numPr"] {
            inside = inside.replacingOccurrences(of: "<\(element)\\b.*?</\(element)>|<\(element)\\b[^>]*/>", with: "", options: .regularExpression)
        }
        return inside
    }
}
