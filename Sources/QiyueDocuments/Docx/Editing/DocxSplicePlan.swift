/// The edits to one part, gathered first and applied in one pass, so the part is copied
/// once and every byte that no edit touches comes out as it went in.
///
/// Marks that fall at the same place share one split of their run; at one place, marks
/// that close a range come before marks that open one, so two adjacent findings do not
/// overlap. A `w:t` that is split gets `xml:space="preserve"`, since a half that now ends or
/// starts with a space would otherwise lose it.
struct DocxSplicePlan {
    private struct Insertion {
        var boundary: DocxBoundary
        var closing: [String] = []
        var opening: [String] = []
    }

    private var insertions: [DocxBoundary: Insertion] = [:]

    /// Writes `markup` at `boundary`; `closing` marks come first among marks at one place.
    mutating func insert(_ markup: String, at boundary: DocxBoundary, closing: Bool) {
        var insertion = insertions[boundary] ?? Insertion(boundary: boundary)
        if closing { insertion.closing.append(markup) } else { insertion.opening.append(markup) }
        insertions[boundary] = insertion
    }


    /// The part with every edit applied.
    func apply(to part: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var edits: [(offset: Int, order: Int, bytes: [UInt8])] = []
        var preserved: Set<Int> = []
        for insertion in insertions.values {
            let marks = insertion.closing.joined() + insertion.opening.joined()
            switch insertion.boundary {
            case let .point(offset):
                edits.append((offset, 1, Array(marks.utf8)))
            case let .split(offset, run, inText, textTag):
                let properties = String(decoding: UnsafeBufferPointer(rebasing: part[run.properties]), as: UTF8.self)
                var markup = inText ? "</w:t></w:r>" : "</w:r>"
                markup += marks + "<w:r>" + properties
                if inText {
                    markup += "<w:t xml:space=\"preserve\">"
                    preserved.insert(textTag.lowerBound)
                }
                edits.append((offset, 1, Array(markup.utf8)))
            }
        }
        for start in preserved {
            // The attribute goes just before the start tag's `>`; a tag that already says how to treat spaces is left alone.
            guard let close = (start ..< part.count).first(where: { part[$0] == UInt8(ascii: ">") }), part[close - 1] != UInt8(ascii: "/") else { continue }
            let tag = String(decoding: UnsafeBufferPointer(rebasing: part[start ..< close]), as: UTF8.self)
            guard !tag.contains("xml:space") else { continue }
            edits.append((close, 0, Array(" xml:space=\"preserve\"".utf8)))
        }
        edits.sort { ($0.offset, $0.order) < ($1.offset, $1.order) }
        var output: [UInt8] = []
        output.reserveCapacity(part.count + edits.reduce(0) { $0 + $1.bytes.count })
        var position = 0
        for edit in edits {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: part[position ..< edit.offset]))
            output.append(contentsOf: edit.bytes)
            position = edit.offset
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: part[position...]))
        return output
    }
}
