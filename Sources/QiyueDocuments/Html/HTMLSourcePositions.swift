/// Maps UTF-8 offsets of a source file to 1-based lines and character columns.
///
/// All offsets are resolved in one sweep over the bytes, so a file of one very long line
/// (minified HTML) costs the same as a file of many short ones.
enum HTMLSourcePositions {
    static func lineAndColumn(of offsets: [Int], in bytes: [UInt8]) -> [(line: Int, column: Int)] {
        var result = Array(repeating: (line: 1, column: 1), count: offsets.count)
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var line = 1, column = 1, position = 0
        for index in order {
            let target = min(max(offsets[index], 0), bytes.count)
            while position < target {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                position += 1
            }
            result[index] = (line, column)
        }
        return result
    }
}
