import QiyueCore

/// The bytes of one register line and the hash that seals them.
///
/// A line is `{BODY,"hash":"<64 hex>"}`; the hash is the SM3 of the bytes `{BODY` exactly
/// as stored. Hashing the stored bytes rather than a re-serialisation means verification
/// never depends on how a number or a character was written.
enum EntryLine {
    static let hashKey = Array(",\"hash\":\"".utf8)
    /// `,"hash":"` + 64 digits + `"}`.
    static let suffixLength = hashKey.count + 64 + 2

    /// Serialises `entry` with its hash computed; returns the line (no newline) and the hash.
    static func seal(_ entry: RegisterEntry) -> (line: [UInt8], hash: String) {
        var body = CompactJSON.string(.orderedObject(entry.bodyMembers))
        body.removeLast() // the closing brace: the hash member goes inside the object
        let bytes = Array(body.utf8)
        let hash = SM3.Hasher.hex(bytes)
        return (bytes + hashKey + Array(hash.utf8) + Array("\"}".utf8), hash)
    }

    /// The sealed part of a stored line and the hash written after it, or `nil` when the
    /// line does not end in a hash member.
    static func split(_ line: ArraySlice<UInt8>) -> (body: ArraySlice<UInt8>, storedHash: String)? {
        guard line.count > suffixLength else { return nil }
        let suffixStart = line.endIndex - suffixLength
        guard line[suffixStart..<(suffixStart + hashKey.count)].elementsEqual(hashKey),
              line[(line.endIndex - 2)...].elementsEqual(Array("\"}".utf8)) else { return nil }
        let hex = line[(suffixStart + hashKey.count)..<(line.endIndex - 2)]
        return (line[line.startIndex..<suffixStart], String(decoding: hex, as: UTF8.self))
    }
}
