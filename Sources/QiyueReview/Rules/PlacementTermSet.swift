/// The term sets by which a redline finds where the model clauses it adds belong: before the
/// agreement's closing article, its closing sentences and its signature block.
///
/// They are words of drafting practice (附则, 本协议一式…, 盖章), not of the law, and a bureau
/// whose templates close differently extends them in its own pack like any other term set.
/// A pack need not declare them; where none of the packs read does, nothing is stepped over
/// but blank lines and dates.
public enum PlacementTermSet: String, CaseIterable, Sendable {
    /// Headings of a closing article (第十条 附则), matched at the start of the heading's text.
    case closingHeadings = "closing-headings"
    /// Openings of closing sentences set as paragraphs of their own (本协议一式四份…).
    case closingSentences = "closing-sentences"
    /// Words of a signature block's lines (盖章, 法定代表人, 签订日期), matched anywhere in a short line.
    case signatureMarks = "signature-marks"
}

extension RulePack {
    /// The terms of a placement term set (none when the pack does not declare it).
    public func terms(of set: PlacementTermSet) -> [String] {
        termSets[set.rawValue] ?? []
    }
}
