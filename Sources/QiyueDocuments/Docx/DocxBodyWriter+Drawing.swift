import QiyueCore

/// Embedded pictures as inline DrawingML.
extension DocxBodyWriter {
    static let imageRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
    /// English Metric Units per point; DrawingML measures everything in EMU.
    static let emuPerPoint = 12_700.0

    /// A run holding `image` at its display size, no wider than the text column.
    func drawing(_ image: Image) -> String {
        drawingCount += 1
        let number = drawingCount
        let name = "media/image\(number).\(image.format == .png ? "png" : "jpeg")"
        media.append((name: "word/" + name, data: image.data))
        let id = addRelationship(type: Self.imageRelationship, target: name, isExternal: false)
        let size = image.displaySize(maximumWidth: Double(style.textWidth) / 20)
        let cx = Int((size.width * Self.emuPerPoint).rounded())
        let cy = Int((size.height * Self.emuPerPoint).rounded())
        let alt = XMLEscaping.escape(image.altText)
        return """
        <w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\(cx)" cy="\(cy)"/>\
        <wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="\(number)" name="图片 \(number)" descr="\(alt)"/>\
        <wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>\
        <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">\
        <pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="\(number)" name="image\(number)" descr="\(alt)"/><pic:cNvPicPr/></pic:nvPicPr>\
        <pic:blipFill><a:blip r:embed="\(id)"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
        <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\(cx)" cy="\(cy)"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>\
        </a:graphicData></a:graphic></wp:inline></w:drawing></w:r>
        """
    }
}
