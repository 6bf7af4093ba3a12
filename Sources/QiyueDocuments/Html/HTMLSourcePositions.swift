import QiyueCore

/// Maps UTF-8 offsets of a source file to 1-based lines and character columns.
///
/// All offsets are resolved in one sweep over the bytes (see `LineIndex.positions`), so a
/// file of one very long line (minified HTML) costs the same as a file of many short ones,
/// and lines end where every other reader ends them.
enum HTMLSourcePositions {
    static func lineAndColumn(of offsets: [Int], in bytes: [UInt8]) -> [(line: Int, column: Int)] {
        bytes.withUnsafeBufferPointer { LineIndex.positions(ofBytes: offsets, in: $0) }
    }
}
