import QiyueCore

/// Turns the byte offsets the parser records into the 1-based line and column a person
/// sees in an editor, counting columns in characters.
///
/// Lines are split by `LineIndex`'s rule (LF, CR, CRLF), so a position computed here lands
/// on the line that `DiagnosticPrinter` prints under the message.
public struct JSONSourceMap: Sendable {
    private let bytes: [UInt8]
    /// The byte offset at which each line starts.
    private let lineStarts: [Int]
    /// The number of Unicode scalars before every `checkpointStride`-th byte, so a column on
    /// a very long line is found by counting at most one stride of bytes.
    private let scalarCheckpoints: [Int]
    private static let checkpointStride = 4096
    /// Lines longer than this many bytes get columns in scalars rather than characters.
    private static let longLine = 65_536

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        self.lineStarts = LineIndex.byteLineStarts(of: bytes)
        var checkpoints = [0]
        var scalars = 0
        for (offset, byte) in bytes.enumerated() {
            if offset > 0, offset % Self.checkpointStride == 0 { checkpoints.append(scalars) }
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        if !bytes.isEmpty, bytes.count % Self.checkpointStride == 0 { checkpoints.append(scalars) }
        self.scalarCheckpoints = checkpoints
    }

    /// The line and column of a byte offset (offsets past the end map to the end).
    public func position(ofByte offset: Int) -> (line: Int, column: Int) {
        let offset = max(0, min(offset, bytes.count))
        let line = lineNumber(ofByte: offset)
        let lineStart = lineStarts[line - 1]
        if offset - lineStart > Self.longLine {
            return (line, scalarsBefore(offset) - scalarsBefore(lineStart) + 1)
        }
        return (line, String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1)
    }

    /// How many characters the `length` bytes from `offset` span on their line, for carets.
    public func characterLength(ofByte offset: Int, length: Int) -> Int {
        let start = max(0, min(offset, bytes.count))
        var end = min(bytes.count, start + max(0, length))
        let line = lineNumber(ofByte: start)
        if line < lineStarts.count { end = min(end, lineStarts[line]) }
        if end - start > Self.longLine { return max(1, scalarsBefore(end) - scalarsBefore(start)) }
        // The line break itself is not part of the underlined text.
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return max(1, text.prefix { !Self.endsLine($0) }.count)
    }

    /// The text of a 1-based line without its line break, decoded on demand so printing
    /// one message never decodes the whole file; `nil` when the line is longer than
    /// `maximumBytes` (a source excerpt of megabytes helps nobody).
    public func lineText(_ line: Int, maximumBytes: Int = Int.max) -> String? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        guard end - start <= maximumBytes else { return nil }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        return String(text.prefix { !Self.endsLine($0) })
    }

    /// The 1-based line of a byte offset, by binary search over the line starts.
    private func lineNumber(ofByte offset: Int) -> Int {
        LineIndex.line(containing: offset, starts: lineStarts)
    }

    /// The number of scalars in the bytes before `offset`, from the nearest checkpoint.
    /// On a pathological line of more than 64 KiB, columns count scalars instead of
    /// characters, so a hostile one-line file cannot make each message cost a full scan.
    private func scalarsBefore(_ offset: Int) -> Int {
        let checkpoint = offset / Self.checkpointStride
        let start = checkpoint * Self.checkpointStride
        return scalarCheckpoints[checkpoint] + bytes[start..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// Whether a character is a line break by `LineIndex`'s rule.
    private static func endsLine(_ character: Character) -> Bool {
        character == "\n" || character == "\r" || character == "\r\n"
    }
}
