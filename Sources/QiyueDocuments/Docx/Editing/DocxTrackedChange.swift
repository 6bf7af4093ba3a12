import QiyueCore

/// A sentence struck out and its lawful rewrite put in as Word tracked changes (修订):
/// every run of the sentence wrapped in a `w:del` of its own, its text made `w:delText`, then a
/// `w:ins` with the new text in the formatting of the sentence's first run.
///
/// Wrapping each run where it stands, rather than the sentence as a whole, is what Word does
/// itself: a deletion may sit wherever a run may (inside a hyperlink, a simple field, a
/// content control or an earlier insertion), so a sentence that crosses any of them is still
/// changed and nothing is moved. Runs already deleted by an earlier change stay as they are.
/// Only a sentence that crosses a paragraph (a text box inside it) is left with its comment alone.
struct DocxTrackedChange {
    let start: DocxBoundary
    let end: DocxBoundary
    /// The first revision id; each deleted run takes one, the insertion the next.
    let firstId: Int
    let insertion: String?
    let author: DocxRevisionAuthor
    /// How many revision ids the change takes.
    let idCount: Int

    /// The change, or `nil` when the sentence's bytes cannot be changed run by run.
    static func make(start: DocxBoundary, end: DocxBoundary, firstId: Int, insertion: String?, author: DocxRevisionAuthor, part: UnsafeBufferPointer<UInt8>) -> DocxTrackedChange? {
        guard start.offset < end.offset else { return nil }
        let runs = runsOfSentence(start: start, end: end, part: part, copiedRevisionBase: 0)
        guard !runs.contains("<w:p>"), !runs.contains("<w:p "), !runs.contains("</w:p>"),
              let wrapped = DocxRunWrapper.wrap(runs, firstId: firstId, attributes: ""), wrapped.count > 0
        else { return nil }
        return DocxTrackedChange(start: start, end: end, firstId: firstId, insertion: insertion, author: author, idCount: wrapped.count + 1)
    }

    /// The bytes between the boundaries as they stand once both boundaries are split.
    private static func runsOfSentence(start: DocxBoundary, end: DocxBoundary, part: UnsafeBufferPointer<UInt8>, copiedRevisionBase: Int) -> String {
        let open = DocxSplicePlan.splitMarkup(start, part: part, copiedRevisionBase: copiedRevisionBase).open
        let close = DocxSplicePlan.splitMarkup(end, part: part, copiedRevisionBase: copiedRevisionBase).close
        return open + String(decoding: UnsafeBufferPointer(rebasing: part[start.offset ..< end.offset]), as: UTF8.self) + close
    }

    private var attributes: String {
        "w:author=\"\(XMLEscaping.escape(author.name))\" w:date=\"\(XMLEscaping.escape(author.date))\""
    }

    /// What replaces the bytes from `start` to `end`.
    func markup(part: UnsafeBufferPointer<UInt8>, startMarks: String, endMarks: String, copiedRevisionBase: Int) -> String {
        let before = DocxSplicePlan.splitMarkup(start, part: part, copiedRevisionBase: copiedRevisionBase).close
        let after = DocxSplicePlan.splitMarkup(end, part: part, copiedRevisionBase: copiedRevisionBase).open
        let runs = Self.runsOfSentence(start: start, end: end, part: part, copiedRevisionBase: copiedRevisionBase)
        var xml = before + startMarks + (DocxRunWrapper.wrap(runs, firstId: firstId, attributes: attributes)?.markup ?? runs)
        if let insertion {
            let properties = Self.properties(of: start, part: part)
            xml += "<w:ins w:id=\"\(firstId + idCount - 1)\" \(attributes)><w:r>\(properties)<w:t xml:space=\"preserve\">\(XMLEscaping.escape(insertion))</w:t></w:r></w:ins>"
        }
        return xml + endMarks + after
    }

    private static func properties(of boundary: DocxBoundary, part: UnsafeBufferPointer<UInt8>) -> String {
        guard case let .split(_, run, _, _) = boundary else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: part[run.properties]), as: UTF8.self)
    }
}
