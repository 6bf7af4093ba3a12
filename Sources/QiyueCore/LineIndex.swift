/// The toolkit's one line table: where lines start in a text, and the one rule that says
/// where a line ends.
///
/// A line ends at LF, at CR, or at CRLF (counted once), and nowhere else: that is how the
/// editors our users have (Notepad, WPS, old Mac exports) and XML agree on lines. Vertical
/// tabs, form feeds and the Unicode separators are characters of their line. Every reader
/// and reporter that numbers lines — the review text, JSON, XML, HTML and plain-text error
/// positions — counts them through this type, so a position printed by one lands on the
/// line another prints. The index is built once by scanning for line starts, so a
/// position is found by binary search instead of by searching for a line's text (which
/// gives wrong answers when two lines are identical). Offsets and columns count `Character`s.
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
            // "\r\n" is a single Character in Swift, so one comparison covers CRLF.
            if character == "\n" || character == "\r" || character == "\r\n" {
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
        let line = Self.line(containing: offset, starts: lineStarts)
        return (line, offset - lineStarts[line - 1] + 1)
    }

    /// The text of a 1-based line, or `nil` when out of range.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }
}

extension LineIndex {
    /// How many bytes of line break start at `index` of UTF-8 (or ASCII-compatible) bytes:
    /// 2 for CRLF, 1 for LF or a lone CR, 0 when no line ends there.
    @inlinable
    public static func breakLength<Bytes: Collection>(in bytes: Bytes, at index: Bytes.Index) -> Int where Bytes.Element == UInt8 {
        switch bytes[index] {
        case 0x0A: return 1
        case 0x0D:
            let next = bytes.index(after: index)
            return next < bytes.endIndex && bytes[next] == 0x0A ? 2 : 1
        default: return 0
        }
    }

    /// The byte offset (from the collection's start) at which each line of `bytes` starts.
    @inlinable
    public static func byteLineStarts<Bytes: Collection>(of bytes: Bytes) -> [Int] where Bytes.Element == UInt8 {
        if let starts = bytes.withContiguousStorageIfAvailable(contiguousByteLineStarts) { return starts }
        var starts = [0]
        var index = bytes.startIndex
        var offset = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length = byte == 0x0A || byte == 0x0D ? breakLength(in: bytes, at: index) : 0
            if length > 0 {
                offset += length
                index = bytes.index(index, offsetBy: length)
                starts.append(offset)
            } else {
                offset += 1
                index = bytes.index(after: index)
            }
        }
        return starts
    }

    /// `byteLineStarts(of:)` over contiguous bytes: most bytes are above CR, so eight of them
    /// at a time are passed while none is CR or below, where the generic loop spent a dozen
    /// instructions on each.
    @inlinable
    static func contiguousByteLineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        let count = bytes.count
        var index = 0
        while index < count {
            if let base = bytes.baseAddress {
                while index + 8 <= count, !mayHoldLineBreak(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { index += 8 }
                guard index < count else { break }
            }
            let byte = bytes[index]
            index += 1
            if byte > 0x0D { continue }
            if byte == 0x0A {
                starts.append(index)
            } else if byte == 0x0D {
                if index < count, bytes[index] == 0x0A { index += 1 }
                starts.append(index)
            }
        }
        return starts
    }

    /// Whether one of the eight bytes of `word` is 0x0D (CR) or below, by the exact "some byte
    /// is less than n" test: a word it passes holds no LF and no CR.
    @inlinable @inline(__always)
    static func mayHoldLineBreak(_ word: UInt64) -> Bool {
        (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 != 0
    }

    /// The 1-based line holding `offset`, by binary search over ascending line `starts`.
    public static func line(containing offset: Int, starts: [Int]) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The 1-based line and character column of each byte offset into UTF-8 `bytes`, in one
    /// sweep over the bytes however many offsets are asked for (a minified file of one long
    /// line costs the same as many short ones). The second byte of a CRLF stays on the line
    /// the CR ends; columns count scalars, which is what a reader's positions point at.
    public static func positions(ofBytes offsets: [Int], in bytes: UnsafeBufferPointer<UInt8>) -> [(line: Int, column: Int)] {
        var result = Array(repeating: (line: 1, column: 1), count: offsets.count)
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var line = 1, column = 1, position = 0
        for index in order {
            let target = min(max(offsets[index], 0), bytes.count)
            while position < target {
                let byte = bytes[position]
                let length = byte == 0x0A || byte == 0x0D ? breakLength(in: bytes, at: position) : 0
                if length > 0, position + length <= target {
                    line += 1
                    column = 1
                    position += length
                    continue
                }
                if length == 0, byte & 0xC0 != 0x80 { column += 1 }
                position += 1
            }
            result[index] = (line, column)
        }
        return result
    }

    /// `positions(ofBytes:in:)` for one offset into an array.
    public static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        bytes.withUnsafeBufferPointer { positions(ofBytes: [offset], in: $0)[0] }
    }
}
