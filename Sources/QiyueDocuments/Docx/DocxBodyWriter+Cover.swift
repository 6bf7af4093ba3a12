import Foundation

/// A brochure's cover: the title and subtitle in white on a band of the accent colour across
/// the text width, the project's picture below it at the full width, and the cover's lines
/// (what the document is, the place, the issuing bureau) centred under the picture.
///
/// The band is a one-cell table, because cell shading is drawn the same by Word and
/// LibreOffice, where paragraph shading differs around the spacing. Without a picture the band
/// is taller, so that the page still has a centre of gravity, and the key figures that follow
/// are set at the foot of the cover (`TitleCover.figuresOnCover`), under a band of 80 mm so
/// that three-line place names still leave the panel whole on the page.
extension DocxBodyWriter {
    func writeCover(title: [Inline], subtitle: [Inline], lines: [[Inline]], picture: Image?, figures: Table? = nil) {
        separateFromPreviousTable()
        let width = style.textWidth
        // With the key figures at its foot the band need not carry the page alone.
        let height = DocxStyle.millimetres(picture != nil ? 62 : figures != nil ? 80 : 110)
        startBorderlessTable(columns: [width], centred: true, cellMargins: "<w:tblCellMar><w:left w:w=\"340\" w:type=\"dxa\"/><w:right w:w=\"340\" w:type=\"dxa\"/></w:tblCellMar>")
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
        if let figures {
            // Air between the cover's lines and the facts, so the panel stands at the foot of the page.
            paragraph(style: DocxStylesPart.ID.titlePageLine, properties: "<w:spacing w:before=\"\(Self.coverFiguresGap)\" w:after=\"0\"/>", runs: "")
            writeTable(figures)
        }
        pageBreakPending = true
    }

    /// The space above the key figures on a cover without a picture, in twips (18 mm): the panel
    /// then stands in the lower third, and stays on the page when the cover lines take two lines each.
    static let coverFiguresGap = DocxStyle.millimetres(18)
}
