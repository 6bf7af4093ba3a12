import QiyueCore

/// Turns the byte offsets the parser records into the 1-based line and column a person
/// sees in an editor, counting columns in characters.
///
/// Lines are split exactly as `LineIndex` splits them (on `\n`, `\r`, `\r\n`, and the
/// Unicode line separators), so a position computed here lands on the line that
/// `DiagnosticPrinter` prints under the message.
public struct JSONSourceMap: Sendable {
    private let bytes: [UInt8]
    /// The byte offset at which each line starts.
    private let lineStarts: [Int]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var breakLength = 0
            switch byte {
            case 0x0A, 0x0B, 0x0C:
                breakLength = 1
            case 0x0D:
                breakLength = index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85:
                breakLength = 2
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                breakLength = 3
            default:
                break
            }
            if breakLength > 0 {
                index += breakLength
                starts.append(index)
            } else {
                index += 1
            }
        }
        self.lineStarts = starts
    }

    /// The line and column of a byte offset (offsets past the end map to the end).
    public func position(ofByte offset: Int) -> (line: Int, column: Int) {
        let offset = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let prefix = bytes[lineStarts[low]..<offset]
        return (low + 1, characterCount(prefix) + 1)
    }

    /// How many characters the `length` bytes from `offset` span on their line, for carets.
    public func characterLength(ofByte offset: Int, length: Int) -> Int {
        let start = max(0, min(offset, bytes.count))
        var end = min(bytes.count, start + max(0, length))
        if let lineEnd = lineStarts.first(where: { $0 > start }) { end = min(end, lineEnd) }
        // The line break itself is not part of the underlined text.
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        let onLine = text.prefix { !$0.isNewline }
        return max(1, end - start > 65_536 ? characterCount(bytes[start..<end]) : onLine.count)
    }

    /// Counts characters exactly on ordinary lines; on a pathological line of more than
    /// 64 KiB it counts Unicode scalars instead, so a hostile file cannot make a message slow.
    private func characterCount(_ slice: ArraySlice<UInt8>) -> Int {
        if slice.count > 65_536 {
            return slice.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        }
        return String(decoding: slice, as: UTF8.self).count
    }
}
