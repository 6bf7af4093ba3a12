import Foundation

/// Reads a file line by line in fixed-size chunks, so a mail merge of a million records
/// never holds more than one chunk and one line in memory.
final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts; consumed bytes are dropped once per chunk.
    private var start = 0
    private var atEnd = false
    private let chunkSize = 256 * 1024

    /// Reads the file at `path`, or standard input for `-`.
    init?(path: String) {
        if path == "-" {
            self.handle = FileHandle.standardInput
            return
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// The next line without its terminator (`\n` or `\r\n`), or `nil` at the end.
    func nextLine() -> [UInt8]? {
        var searchFrom = start
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                var end = buffer.count
                if buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = buffer.count
                return line
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
