/// A place between two characters of a body paragraph, as bytes of `document.xml`: where
/// a comment range or a tracked change begins or ends.
///
/// Most places fall inside a run, which must then be split so the mark can stand between
/// its halves (marks may not sit inside a `w:r`); both halves keep the run's properties.
enum DocxBoundary: Hashable {
    /// A point between elements where a mark can be written as it is: before a run, or at
    /// the start or end of a paragraph's content.
    case point(Int)
    /// Inside a run: the run is closed before `offset` and reopened after the marks with
    /// the same properties; `inText` when `offset` lies in a `w:t`'s character data, whose
    /// element is closed and reopened too.
    case split(offset: Int, run: DocxRunAnchor, inText: Bool, textTag: Range<Int>)

    var offset: Int {
        switch self {
        case let .point(offset): return offset
        case let .split(offset, _, _, _): return offset
        }
    }
}
