/// A brochure's key-figures panel: one shaded box per figure, the figure large in the accent
/// colour above its label, with white gaps between the boxes instead of rules.
extension DocxBodyWriter {
    func writeKeyFigures(_ table: Table, columns: Int) {
        separateFromPreviousTable()
        let width = style.textWidth / columns
        let white = "<w:top w:val=\"nil\"/><w:left w:val=\"single\" w:sz=\"24\" w:space=\"0\" w:color=\"FFFFFF\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"single\" w:sz=\"24\" w:space=\"0\" w:color=\"FFFFFF\"/>"
        startBorderlessTable(columns: Array(repeating: width, count: columns), centred: true)
        // The figures first, then their labels: a reader's eye goes to the number.
        for (rowIndex, row) in [table.rows[1], table.rows[0]].enumerated() {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for column in 0..<columns {
                let content = column < row.count ? row[column].content : []
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/><w:tcBorders>\(white)</w:tcBorders>"
                xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EAF1F8\"/><w:vAlign w:val=\"\(rowIndex == 0 ? "bottom" : "top")\"/></w:tcPr>"
                let lines = content.lines.filter { !$0.isEmpty }
                for (index, line) in (lines.isEmpty ? [[]] : lines).enumerated() {
                    let isFigure = rowIndex == 0 && index == 0
                    // An English figure (`RMB 600 million`) is longer than a Chinese one (`6 亿元`).
                    let size = isFigure ? (line.isLatinScript ? 24 : 32) : (rowIndex == 0 ? 18 : 17)
                    let colour = rowIndex == 0 ? style.accentColour : "404040"
                    let before = isFigure ? 160 : 0
                    let after = rowIndex == 1 && index == lines.count - 1 ? 160 : 0
                    let properties = "<w:spacing w:before=\"\(before)\" w:after=\"\(after)\" w:line=\"260\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>"
                    let formatted = coloured(runs(line, font: isFigure && !line.isLatinScript ? style.headingFont(level: 1) : style.bodyFont),
                                             colour: (isFigure ? "<w:b/><w:bCs/>" : "") + "<w:color w:val=\"\(colour)\"/>", size: size)
                    paragraph(style: DocxStylesPart.ID.tableText, properties: properties, runs: formatted)
                }
                xml += "</w:tc>"
            }
            xml += "</w:tr>"
        }
        xml += "</w:tbl>"
        lastBlockWasTable = true
    }
}
