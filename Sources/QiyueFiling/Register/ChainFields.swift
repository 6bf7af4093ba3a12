/// The members of an entry the chain is checked with: position, filing number and the two hashes.
///
/// They sit at fixed places in every line the register writes (`{"seq":N,"number":"…",` at the
/// start, `"previous":"…","hash":"…"}` at the end), so an append can check the whole chain
/// by reading them directly instead of parsing every entry; a line of any other shape is
/// parsed in full, so a hand-edited line is still diagnosed as precisely as before.
public struct ChainFields: Sendable, Hashable {
    public var sequence: Int
    public var number: String
    public var previous: String
    public var hash: String

    init(sequence: Int, number: String, previous: String, hash: String) {
        self.sequence = sequence
        self.number = number
        self.previous = previous
        self.hash = hash
    }

    init(_ entry: RegisterEntry) {
        self.init(sequence: entry.sequence, number: entry.number, previous: entry.previous, hash: entry.hash)
    }

    private static let seqKey = Array("{\"seq\":".utf8)
    private static let numberKey = Array(",\"number\":\"".utf8)
    private static let previousKey = Array(",\"previous\":\"".utf8)
    private static let hashKey = Array("\",\"hash\":\"".utf8)

    /// The fields read at their fixed places, or `nil` when the line is not laid out as written.
    static func scan(_ line: ArraySlice<UInt8>) -> ChainFields? {
        var index = line.startIndex
        guard line.count > 200, line[index...].starts(with: seqKey) else { return nil }
        index += seqKey.count
        var sequence = 0
        let digitsStart = index
        while index < line.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(line[index]), index - digitsStart < 12 {
            sequence = sequence * 10 + Int(line[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard index > digitsStart, line[index...].starts(with: numberKey) else { return nil }
        index += numberKey.count
        guard let close = line[index...].firstIndex(of: UInt8(ascii: "\"")), close - index <= 16 else { return nil }
        let number = String(decoding: line[index..<close], as: UTF8.self)
        // The tail: ,"previous":"<64>","hash":"<64>"}
        let tailLength = previousKey.count + 64 + hashKey.count + 64 + 2
        guard line.count > tailLength + (close - line.startIndex) else { return nil }
        let tail = line.endIndex - tailLength
        guard line[tail...].starts(with: previousKey),
              line[(tail + previousKey.count + 64)...].starts(with: hashKey),
              line[(line.endIndex - 2)...].elementsEqual([UInt8(ascii: "\""), UInt8(ascii: "}")]) else { return nil }
        let previous = line[(tail + previousKey.count)..<(tail + previousKey.count + 64)]
        let hash = line[(line.endIndex - 66)..<(line.endIndex - 2)]
        guard previous.allSatisfy(isHex), hash.allSatisfy(isHex) else { return nil }
        return ChainFields(sequence: sequence, number: number, previous: String(decoding: previous, as: UTF8.self),
                           hash: String(decoding: hash, as: UTF8.self))
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }
}
