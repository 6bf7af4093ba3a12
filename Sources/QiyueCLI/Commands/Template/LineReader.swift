import Foundation

/// Reads a file line by line in fixed-size chunks, so a mail merge of a million records
/// never holds more than one chunk and one line in memory.
///
/// A line longer than `maximumLineLength` is never gathered: its bytes are skipped up to the
/// next line break and the reader reports only that the line was too long, so one hostile
/// record of hundreds of megabytes costs no more memory than a normal one.
final class LineReader {
    /// One line without its terminator, or the note that it was too long to be read.
    enum Line {
        case text([UInt8])
        case tooLong
    }

    private let handle: FileHandle
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts; consumed bytes are dropped once per chunk.
    private var start = 0
    private var atEnd = false
    private let chunkSize = 256 * 1024
    let maximumLineLength: Int

    /// Reads the file at `path`, or standard input for `-`.
    init?(path: String, maximumLineLength: Int = DataLimits.maximumRecordBytes) {
        self.maximumLineLength = maximumLineLength
        if path == "-" {
            self.handle = FileHandle.standardInput
            return
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// The next line (`\n` or `\r\n` ends it), or `nil` at the end.
    func nextLine() -> Line? {
        var searchFrom = start
        var skipping = false
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = skipping || end - start > maximumLineLength ? Line.tooLong : .text(Array(buffer[start..<end]))
                start = newline + 1
                return line
            }
            if atEnd {
                guard start < buffer.count || skipping else { return nil }
                var end = buffer.count
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = skipping || end - start > maximumLineLength ? Line.tooLong : .text(Array(buffer[start..<end]))
                start = buffer.count
                return line
            }
            if skipping || buffer.count - start > maximumLineLength + 1 {
                // Too long already: forget what was gathered and look only for the line's end.
                skipping = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            searchFrom = buffer.count
            let chunk = handle.readData(ofLength: chunkSize)
            if chunk.isEmpty {
                atEnd = true
            } else {
                if start > 0 {
                    buffer.removeFirst(start)
                    searchFrom -= start
                    start = 0
                }
                buffer.append(contentsOf: chunk)
            }
        }
    }
}
