/// A sentence struck out and its lawful rewrite put in as Word tracked changes (修订):
/// `w:del` around the sentence's runs, whose text becomes `w:delText`, then `w:ins` with the
/// new text in the formatting of the sentence's first run.
///
/// The runs between the two boundaries are moved into the deletion as they are; that is
/// only valid when nothing but runs and range marks lie between them, so a sentence that
/// crosses a hyperlink, a field, a content control or an earlier tracked change is not
/// changed (its comment still stands). `DocxTrackedChange.make` checks that.
struct DocxTrackedChange {
    let start: DocxBoundary
    let end: DocxBoundary
    let deletionId: Int
    let insertionId: Int
    let insertion: String?
    let author: DocxRevisionAuthor

    /// The elements a deletion may hold as they are.
    static let movableElements: Set<String> = [
        "w:r", "w:bookmarkStart", "w:bookmarkEnd", "w:commentRangeStart", "w:commentRangeEnd", "w:proofErr", "w:permStart", "w:permEnd",
    ]

    /// The change, or `nil` when the sentence's bytes are not a plain sequence of runs.
    static func make(start: DocxBoundary, end: DocxBoundary, ids: (Int, Int), insertion: String?, author: DocxRevisionAuthor, part: UnsafeBufferPointer<UInt8>) -> DocxTrackedChange? {
        guard start.offset < end.offset else { return nil }
        let change = DocxTrackedChange(start: start, end: end, deletionId: ids.0, insertionId: ids.1, insertion: insertion, author: author)
        guard let names = DocxMarkupScan.topLevelElements(change.deletedRuns(part: part)), names.allSatisfy(movableElements.contains) else { return nil }
        return change
    }

    /// The runs between the boundaries as they stand once both boundaries are split, with their text still `w:t`.
    private func deletedRuns(part: UnsafeBufferPointer<UInt8>) -> String {
        let open = DocxSplicePlan.splitMarkup(start, part: part).open
        let close = DocxSplicePlan.splitMarkup(end, part: part).close
        return open + String(decoding: UnsafeBufferPointer(rebasing: part[start.offset ..< end.offset]), as: UTF8.self) + close
    }

    private var attributes: String {
        "w:author=\"\(XMLEscaping.escape(author.name))\" w:date=\"\(XMLEscaping.escape(author.date))\""
    }

    /// What replaces the bytes from `start` to `end`.
    func markup(part: UnsafeBufferPointer<UInt8>, startMarks: String, endMarks: String) -> String {
        let before = DocxSplicePlan.splitMarkup(start, part: part).close
        let after = DocxSplicePlan.splitMarkup(end, part: part).open
        var deleted = deletedRuns(part: part)
        for (from, to) in [("<w:t>", "<w:delText>"), ("<w:t ", "<w:delText "), ("</w:t>", "</w:delText>"),
                           ("<w:instrText", "<w:delInstrText"), ("</w:instrText>", "</w:delInstrText>")] {
            deleted = deleted.replacingOccurrences(of: from, with: to)
        }
        var xml = before + startMarks + "<w:del w:id=\"\(deletionId)\" \(attributes)>" + deleted + "</w:del>"
        if let insertion {
            let properties = Self.properties(of: start, part: part)
            xml += "<w:ins w:id=\"\(insertionId)\" \(attributes)><w:r>\(properties)<w:t xml:space=\"preserve\">\(XMLEscaping.escape(insertion))</w:t></w:r></w:ins>"
        }
        return xml + endMarks + after
    }

    private static func properties(of boundary: DocxBoundary, part: UnsafeBufferPointer<UInt8>) -> String {
        guard case let .split(_, run, _, _) = boundary else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: part[run.properties]), as: UTF8.self)
    }
}

/// A small scan over markup the editor moves: the names of its top-level elements, if it is balanced.
enum DocxMarkupScan {
    static func topLevelElements(_ markup: String) -> [String]? {
        var names: [String] = []
        var depth = 0
        var index = markup.startIndex
        while let open = markup[index...].firstIndex(of: "<") {
            var cursor = markup.index(after: open)
            var quote: Character?
            while cursor < markup.endIndex, quote != nil || markup[cursor] != ">" {
                if let current = quote { if markup[cursor] == current { quote = nil } } else if markup[cursor] == "\"" || markup[cursor] == "'" { quote = markup[cursor] }
                cursor = markup.index(after: cursor)
            }
            guard cursor < markup.endIndex else { return nil }
            let tag = markup[markup.index(after: open) ..< cursor]
            index = markup.index(after: cursor)
            if tag.hasPrefix("?") || tag.hasPrefix("!") { continue }
            if tag.hasPrefix("/") {
                depth -= 1
                if depth < 0 { return nil }
                continue
            }
            if depth == 0 { names.append(String(tag.prefix { $0 != " " && $0 != "/" && $0 != "\t" && $0 != "\n" && $0 != "\r" })) }
            if !tag.hasSuffix("/") { depth += 1 }
        }
        return depth == 0 ? names : nil
    }
}
