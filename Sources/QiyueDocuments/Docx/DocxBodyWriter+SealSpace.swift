import Foundation
import QiyueCore

/// The official layout's signature page: one party a row, with room for the seal.
///
/// A seal is about 42 mm across and is pressed over the party's name, so each party gets a
/// row at least that tall and the signature line sits below the space the seal needs. No line
/// may wrap: a name broken over two lines under a seal is hard to read and looks altered, so
/// a line wider than its cell is set in a smaller size that fits rather than wrapped.
extension DocxBodyWriter {
    /// Room between the party's name and the first line to sign on, in twips (18 mm): with the
    /// name's line above it, the 42 mm seal has its place without covering the signature.
    static let sealSpace = DocxStyle.millimetres(18)
    /// The least height of a party's row, in twips (45 mm), so that three parties and the
    /// page's opening line fit one page.
    static let partyRowHeight = DocxStyle.millimetres(45)

    func writeStackedSignatureBlock(_ parties: [SignatureParty]) {
        separateFromPreviousTable()
        let width = style.textWidth
        startBorderlessTable(columns: [width])
        for party in parties {
            xml += "<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"\(Self.partyRowHeight)\" w:hRule=\"atLeast\"/></w:trPr>"
            xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
            let heading = party.name.isEmpty ? party.role : "\(party.role)：\(party.name)"
            signatureLine(heading, width: width, spaceBefore: nil)
            let firstBlank = party.lines.firstIndex(where: Self.isLineToFillIn) ?? party.lines.count
            for (index, line) in party.lines.enumerated() {
                signatureLine(line, width: width, spaceBefore: index == firstBlank ? Self.sealSpace : nil)
            }
            if firstBlank == party.lines.count { signatureLine("", width: width, spaceBefore: Self.sealSpace) }
            xml += "</w:tc></w:tr>"
        }
        xml += "</w:tbl>"
        lastBlockWasTable = true
    }

    /// A line left for the signatory to complete: `法定代表人或授权代表（签字）：`, `日期：　年　月　日`.
    /// The party's name lines come before it, whatever their number.
    static func isLineToFillIn(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.hasSuffix("：") || trimmed.hasSuffix(":") || trimmed.contains("签字") || trimmed.contains("签名") || trimmed.contains("　年")
    }

    /// One line of a party's cell, in the body size or the largest smaller size that keeps it on one line.
    private func signatureLine(_ text: String, width: Int, spaceBefore: Int?) {
        let size = Self.fittingSize(text, available: width - DocxStyle.cellPadding, preferred: style.bodySize)
        // The body's exact line keeps the page's rhythm; the Signature style's 1.5 lines at 三号
        // would push a third party onto a page of its own.
        let line = style.lineExact ? " w:line=\"\(style.line)\" w:lineRule=\"exact\"" : ""
        let spacing = "<w:spacing w:before=\"\(spaceBefore ?? 0)\"\(line)/>"
        let properties = spacing + "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
        let runs = "<w:r><w:rPr>\(style.runFonts(style.bodyFont))<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr>\(DocxBodyWriter.textElements(text))</w:r>"
        paragraph(style: DocxStylesPart.ID.signature, properties: properties, runs: runs)
    }

    /// The size in half-points at which `text` fits `available` twips: `preferred` when it
    /// fits, else smaller, but never below 8 pt. A full-width character is as wide as the type
    /// is high; a half-width one is half that.
    static func fittingSize(_ text: String, available: Int, preferred: Int) -> Int {
        let columns = DisplayWidth.of(text)
        guard columns > 0 else { return preferred }
        // One display column is half a character: halfPoints × 5 twips.
        let fitting = available / (columns * 5)
        return max(16, min(preferred, fitting))
    }
}
