/// Maps character offsets in a text to 1-based line and column numbers.
///
/// The index is built once by scanning for line starts, so a position is found by
/// binary search instead of by searching for a line's text (which gives wrong answers
/// when two lines are identical). Offsets and columns count `Character`s.
public struct LineIndex: Sendable {
    /// The character offset at which each line starts; the first is always 0.
    public let lineStarts: [Int]
    /// The text's lines without their terminators, for printing source excerpts.
    public let lines: [Substring]

    public init(_ text: String) {
        var starts = [0]
        var lines: [Substring] = []
        var offset = 0
        var lineStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            offset += 1
            // "\r\n" is a single Character in Swift, so it is covered by isNewline.
            if character.isNewline {
                lines.append(text[lineStart..<index])
                starts.append(offset)
                lineStart = next
            }
            index = next
        }
        lines.append(text[lineStart..<text.endIndex])
        self.lineStarts = starts
        self.lines = lines
    }

    /// The 1-based line and column of a character offset.
    public func position(ofOffset offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    /// The text of a 1-based line, or `nil` when out of range.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }
}
