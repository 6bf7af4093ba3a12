import Foundation

/// A brochure's cover: the title and subtitle in white on a band of the accent colour across
/// the text width, the project's picture below it at the full width, and the cover's lines
/// (what the document is, the place, the issuing bureau) centred under the picture.
///
/// The band is a one-cell table, because cell shading is drawn the same by Word and
/// LibreOffice, where paragraph shading differs around the spacing. Without a picture the band
/// is taller, so that the page still has a centre of gravity.
extension DocxBodyWriter {
    func writeCover(title: [Inline], subtitle: [Inline], lines: [[Inline]], picture: Image?) {
        separateFromPreviousTable()
        let width = style.textWidth
        let height = DocxStyle.millimetres(picture == nil ? 110 : 62)
        let none = DocxStylesPart.borders(["top", "left", "bottom", "right", "insideH", "insideV"], value: "nil")
        xml += "<w:tbl><w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>\(none)</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblCellMar><w:left w:w=\"340\" w:type=\"dxa\"/><w:right w:w=\"340\" w:type=\"dxa\"/></w:tblCellMar>"
        xml += "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
        xml += "<w:tblGrid><w:gridCol w:w=\"\(width)\"/></w:tblGrid>"
        xml += "<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"\(height)\" w:hRule=\"exact\"/></w:trPr>"
        xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(style.accentColour)\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
        let white = "<w:color w:val=\"FFFFFF\"/>"
        // Each line of the title (the Chinese name, the English name) is a paragraph of its own.
        for (index, line) in title.lines.enumerated() where !line.isEmpty {
            let latin = line.isLatinScript
            let size = latin ? 30 : 40
            let runs = coloured(runs(line, font: latin ? style.headingFont(level: 1) : style.titleFont), colour: white, size: size)
            paragraph(style: DocxStylesPart.ID.title, properties: "<w:spacing w:before=\"\(index == 0 ? 0 : 120)\" w:after=\"120\" w:line=\"300\" w:lineRule=\"auto\"/>", runs: runs)
        }
        for line in subtitle.lines where !line.isEmpty {
            paragraph(style: DocxStylesPart.ID.subtitle, properties: "<w:spacing w:before=\"240\" w:after=\"0\"/>",
                      runs: coloured(runs(line, font: style.headingFont(level: 2)), colour: white, size: 26))
        }
        xml += "</w:tc></w:tr></w:tbl>"
        lastBlockWasTable = true
        if let picture {
            paragraph(style: DocxStylesPart.ID.figure, properties: "<w:spacing w:before=\"0\" w:after=\"0\"/>", runs: drawing(picture))
        }
        for (index, line) in lines.enumerated() {
            let spacing = index == 0 ? "<w:spacing w:before=\"\(picture == nil ? 1200 : 480)\"/>" : ""
            paragraph(style: DocxStylesPart.ID.titlePageLine, properties: spacing, runs: runs(line, font: style.bodyFont))
        }
        pageBreakPending = true
    }

    /// `runs` with a colour and size added to each run's properties.
    private func coloured(_ runs: String, colour: String, size: Int) -> String {
        runs.replacingOccurrences(of: "</w:rPr>", with: "\(colour)<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr>")
    }
}
