import QiyueCore
import Foundation
import QiyueDocuments

/// The XML a picture placed by `image()` needs: the run that holds it, the relationships
/// that name its file and the content types of PNG and JPEG.
enum WordImageXML {
    /// A run with an inline picture, closing the text run the call was typed in and opening
    /// another for what follows, as docxtpl's `InlineImage` does. Every namespace is declared
    /// on the elements, since a template's root may not declare DrawingML's.
    static func run(id: String, number: Int, width: Int, height: Int, description: String) -> String {
        let alt = XMLEscaping.escape(description)
        let docPr = 7000 + number
        return """
        </w:t></w:r><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0">\
        <wp:extent cx="\(width)" cy="\(height)"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="\(docPr)" name="图片 \(docPr)" descr="\(alt)"/>\
        <wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>\
        <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">\
        <pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="\(docPr)" name="qiyue-image\(number)" descr="\(alt)"/><pic:cNvPicPr/></pic:nvPicPr>\
        <pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="\(id)"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
        <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\(width)" cy="\(height)"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>\
        </a:graphicData></a:graphic></wp:inline></w:drawing></w:r><w:r><w:t xml:space="preserve">
        """
    }

    static let imageType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"

    /// The relationships part `existing` (or a new one) with `added` appended.
    static func relationships(_ existing: String?, adding added: [(id: String, target: String)]) -> String {
        let entries = added.map { "<Relationship Id=\"\($0.id)\" Type=\"\(imageType)\" Target=\"\($0.target)\"/>" }.joined()
        guard let existing, let end = existing.range(of: "</Relationships>", options: .backwards) else {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(entries)</Relationships>"
        }
        var text = existing
        text.insert(contentsOf: entries, at: end.lowerBound)
        return text
    }

    /// `[Content_Types].xml` with defaults for the picture formats used and not yet declared.
    static func contentTypes(_ existing: String, extensions: Set<String>) -> String {
        var text = existing
        guard let end = text.range(of: "</Types>", options: .backwards) else { return text }
        let missing = extensions.sorted().filter { !text.lowercased().contains("extension=\"\($0)\"") }
        text.insert(contentsOf: missing.map { "<Default Extension=\"\($0)\" ContentType=\"image/\($0)\"/>" }.joined(), at: end.lowerBound)
        return text
    }

    /// The relationships part of a part: `word/_rels/document.xml.rels` for `word/document.xml`.
    static func relationshipsName(of part: String) -> String {
        let directory = (part as NSString).deletingLastPathComponent
        return directory + "/_rels/" + (part as NSString).lastPathComponent + ".rels"
    }
}
