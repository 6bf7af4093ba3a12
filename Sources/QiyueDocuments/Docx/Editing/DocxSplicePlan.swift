import Foundation

/// The edits to one part, gathered first and applied in one pass, so the part is copied
/// once and every byte that no edit touches comes out as it went in.
///
/// Marks that fall at the same place share one split of their run; at one place, marks
/// that close a range come before marks that open one, so two adjacent findings do not
/// overlap. A `w:t` that is split gets `xml:space="preserve"`, since a half that now ends or
/// starts with a space would otherwise lose it. A tracked change replaces the bytes between
/// its two boundaries as a whole (see `DocxTrackedChange`).
struct DocxSplicePlan {
    private struct Insertion {
        var boundary: DocxBoundary
        var closing: [String] = []
        var opening: [String] = []
    }

    private var insertions: [DocxBoundary: Insertion] = [:]
    private var changes: [DocxTrackedChange] = []

    /// Writes `markup` at `boundary`; `closing` marks come first among marks at one place.
    mutating func insert(_ markup: String, at boundary: DocxBoundary, closing: Bool) {
        var insertion = insertions[boundary] ?? Insertion(boundary: boundary)
        if closing { insertion.closing.append(markup) } else { insertion.opening.append(markup) }
        insertions[boundary] = insertion
    }

    /// Adds a tracked change unless it would overlap an edit already planned (two findings
    /// in one sentence: the first one's change stands, the second keeps its comment only).
    mutating func add(_ change: DocxTrackedChange) -> Bool {
        let range = change.start.offset ..< change.end.offset
        guard !changes.contains(where: { $0.start.offset < range.upperBound && range.lowerBound < $0.end.offset }),
              !insertions.keys.contains(where: { range.lowerBound < $0.offset && $0.offset < range.upperBound })
        else { return false }
        changes.append(change)
        return true
    }

    /// Where the ids of revisions copied into a reopened run start (see `splitMarkup`).
    var copiedRevisionBase = 0

    /// The text that closes a run at a boundary and the text that reopens it, around the marks set there.
    ///
    /// The reopened run repeats the run's properties. If they hold a tracked formatting change
    /// (`w:rPrChange`), its copy gets an id of its own, `copiedRevisionBase` plus the boundary's
    /// offset: unique per boundary, and above every id the part or the new changes use.
    static func splitMarkup(_ boundary: DocxBoundary, part: UnsafeBufferPointer<UInt8>, copiedRevisionBase: Int) -> (close: String, open: String) {
        guard case let .split(offset, run, inText, _) = boundary else { return ("", "") }
        var properties = String(decoding: UnsafeBufferPointer(rebasing: part[run.properties]), as: UTF8.self)
        if properties.contains("Change ") {
            properties = properties.replacingOccurrences(
                of: #"(<w:rPrChange\b[^>]*\bw:id=")[0-9]+"#, with: "$1\(copiedRevisionBase + offset)", options: .regularExpression
            )
        }
        let close = (inText ? "</w:t>" : "") + "</w:r>"
        let open = "<w:r>" + properties + (inText ? "<w:t xml:space=\"preserve\">" : "")
        return (close, open)
    }

    /// The part with every edit applied.
    func apply(to part: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var edits: [(offset: Int, end: Int, order: Int, bytes: [UInt8])] = []
        var preserved: Set<Int> = []
        for insertion in insertions.values where !changes.contains(where: { $0.start == insertion.boundary || $0.end == insertion.boundary }) {
            let marks = insertion.closing.joined() + insertion.opening.joined()
            let (close, open) = Self.splitMarkup(insertion.boundary, part: part, copiedRevisionBase: copiedRevisionBase)
            edits.append((insertion.boundary.offset, insertion.boundary.offset, 1, Array((close + marks + open).utf8)))
            if case let .split(_, _, true, textTag) = insertion.boundary { preserved.insert(textTag.lowerBound) }
        }
        for change in changes {
            let marks = { (boundary: DocxBoundary) in insertions[boundary].map { $0.closing.joined() + $0.opening.joined() } ?? "" }
            edits.append((change.start.offset, change.end.offset, 1, Array(change.markup(part: part, startMarks: marks(change.start), endMarks: marks(change.end), copiedRevisionBase: copiedRevisionBase).utf8)))
            for boundary in [change.start, change.end] {
                if case let .split(_, _, true, textTag) = boundary, textTag.lowerBound < change.start.offset { preserved.insert(textTag.lowerBound) }
            }
        }
        for start in preserved {
            // The attribute goes just before the start tag's `>`; a tag that already says how to treat spaces is left alone.
            guard let close = (start ..< part.count).first(where: { part[$0] == UInt8(ascii: ">") }), part[close - 1] != UInt8(ascii: "/") else { continue }
            let tag = String(decoding: UnsafeBufferPointer(rebasing: part[start ..< close]), as: UTF8.self)
            guard !tag.contains("xml:space") else { continue }
            edits.append((close, close, 0, Array(" xml:space=\"preserve\"".utf8)))
        }
        edits.sort { ($0.offset, $0.order) < ($1.offset, $1.order) }
        var output: [UInt8] = []
        output.reserveCapacity(part.count + edits.reduce(0) { $0 + $1.bytes.count })
        var position = 0
        for edit in edits where edit.offset >= position {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: part[position ..< edit.offset]))
            output.append(contentsOf: edit.bytes)
            position = edit.end
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: part[position...]))
        return output
    }
}
