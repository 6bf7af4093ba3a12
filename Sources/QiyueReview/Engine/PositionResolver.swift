/// Turns many unit offsets into lines and character columns in one forward pass.
///
/// A column counts characters from the start of its line, which costs the length of the
/// line; resolving offsets one by one would cost that for every finding and become
/// quadratic on a file that is one long line. Sorted, each line is walked once.
struct PositionResolver {
    private var positions: [Int: OriginalPosition] = [:]

    init(text: NormalizedText, offsets: [Int]) {
        let original = text.original
        let view = original.unicodeScalars
        var currentLine = -1
        var currentIndex = original.startIndex
        var currentScalar = 0
        var currentColumn = 1
        for offset in Set(offsets).sorted() {
            let line = text.lineIndex(of: offset)
            if line != currentLine {
                currentLine = line
                currentIndex = text.originalLineStart(line)
                currentScalar = text.originalLineScalarOffsets[line]
                currentColumn = 1
            }
            let scalar = text.originalScalarOffset(of: offset)
            let next = view.index(currentIndex, offsetBy: max(0, scalar - currentScalar), limitedBy: view.endIndex) ?? view.endIndex
            currentColumn += original[currentIndex..<next].count
            currentIndex = next
            currentScalar = max(currentScalar, scalar)
            positions[offset] = OriginalPosition(line: line + 1, column: currentColumn, index: next)
        }
    }

    subscript(offset: Int) -> OriginalPosition { positions[offset]! }
}
