import QiyueCore

/// A register file as read: its complete lines, parsed, and any incomplete last line.
///
/// Lines are kept as their stored bytes because verification hashes those bytes; a line
/// that is not a valid entry is kept too (with the reason), since verification must name
/// it rather than skip it.
public struct RegisterContents: Sendable {
    public struct Line: Sendable {
        /// The 1-based line number, which is also the entry's expected position.
        public var number: Int
        public var bytes: ArraySlice<UInt8>
        /// The parsed entry; `nil` when the line is not one, or was not parsed (an append reads only `chain`).
        public var entry: RegisterEntry?
        /// The chain members, from the parsed entry or read at their fixed places.
        public var chain: ChainFields?
        /// Why the line is not JSON, when it is not.
        public var syntaxError: JSONSyntaxError?
    }

    /// Bytes after the last line break: an append that was interrupted before its end.
    public struct TornTail: Sendable, Hashable {
        /// The line the incomplete entry starts on.
        public var line: Int
        public var byteOffset: Int
        public var byteCount: Int
    }

    public var path: String
    public var lines: [Line]
    public var tornTail: TornTail?
    /// The bytes up to and including the last line break: what remains after recovery.
    public var completeLength: Int

    /// The entries of every line that parsed as one, in file order.
    public var entries: [RegisterEntry] { lines.compactMap(\.entry) }

    /// Splits and parses the bytes of a register file. With `parsingEntries` false, lines laid
    /// out as the register writes them yield only their chain members, which is all an
    /// append needs; other lines are still parsed in full.
    public init(path: String, bytes: [UInt8], parsingEntries: Bool = true) {
        self.path = path
        var lines: [Line] = []
        var start = 0
        var number = 1
        while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            let slice = bytes[start..<newline]
            var line = Line(number: number, bytes: slice)
            if !parsingEntries, let chain = ChainFields.scan(slice) {
                line.chain = chain
            } else {
                do {
                    let node = try JSONParser.parse(Array(slice), as: .line)
                    line.entry = RegisterEntry(node)
                    line.chain = line.entry.map(ChainFields.init)
                } catch {
                    line.syntaxError = error
                }
            }
            lines.append(line)
            start = newline + 1
            number += 1
        }
        self.lines = lines
        self.completeLength = start
        self.tornTail = start < bytes.count ? TornTail(line: number, byteOffset: start, byteCount: bytes.count - start) : nil
    }

    /// The next 登记号 for a filing dated `date` (`YYYY-MM-DD`): one more than the year's last.
    public func nextNumber(filingDate date: String) -> String {
        let year = String(date.prefix(4))
        let used = lines.compactMap(\.chain?.number).filter { $0.hasPrefix(year + "-") }.compactMap { Int($0.dropFirst(5)) }
        return year + "-" + String(format: "%04d", (used.max() ?? 0) + 1)
    }
}
