/// The ids the editor gives the annotations it adds: comments, their range marks and the
/// tracked changes (`w:ins`, `w:del`) of a redline, all from one counter.
///
/// ECMA-376 Part 1 gives every annotation (§17.13: comments, bookmarks, revisions, move
/// ranges) an `w:id` that is "a unique identifier for an annotation within a
/// WordprocessingML document", not one per kind; Word treats a file whose new revision
/// reuses a bookmark's or a comment's id as damaged. So the first id handed out lies above
/// every `w:id` already spelled in the parts annotations live in (the body, the comments,
/// headers, footers, footnotes and endnotes), and each id is handed out once.
struct DocxAnnotationIds {
    /// The next id to hand out.
    private(set) var next: Int

    /// A counter above the highest id of each part (from 0 when no part has one).
    init(above highestIds: [Int]) {
        next = (highestIds.max() ?? -1) + 1
    }

    /// Takes `count` consecutive ids and returns the first.
    mutating func take(_ count: Int = 1) -> Int {
        defer { next += count }
        return next
    }

    /// The highest `w:id` in the part, or -1 when it has none.
    ///
    /// The attribute is ASCII, so it is found in the bytes; a value too large for `Int`
    /// stops growing rather than overflowing.
    static func highestId(in part: UnsafeBufferPointer<UInt8>) -> Int {
        let marker = Array("w:id=\"".utf8)
        var highest = -1
        var index = 0
        while index + marker.count < part.count {
            if part[index] == marker[0], part[index + 1] == marker[1], part[index ..< index + marker.count].elementsEqual(marker) {
                var value = 0
                var cursor = index + marker.count
                let start = cursor
                while cursor < part.count, part[cursor] >= 0x30, part[cursor] <= 0x39, value < Int.max / 10 - 10 {
                    value = value * 10 + Int(part[cursor] - 0x30)
                    cursor += 1
                }
                if cursor > start { highest = max(highest, value) }
                index = cursor
            } else {
                index += 1
            }
        }
        return highest
    }
}
