/// A place in the original text: 1-based line and character column, and its string index.
struct OriginalPosition {
    var line: Int
    var column: Int
    var index: String.Index
}
