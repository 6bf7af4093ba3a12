/// Finds the first byte that breaks UTF-8, fast on ASCII.
///
/// `String(validating:as:)` says only whether bytes are valid; an error message needs the
/// place, so readers call this once validation has failed (and the HTML reader to find
/// where a mislabelled encoding first shows).
enum UTF8Validation {
    /// The index of the first byte that does not continue a valid UTF-8 sequence, or `nil` if all are valid.
    static func firstInvalidOffset(in bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset(in: $0) }.map { bytes.startIndex + $0 }
    }

    /// The offset from the start of `buffer` of the first byte that breaks UTF-8, or `nil` if all are valid.
    static func firstInvalidOffset(in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = buffer.count
        while index < count {
            let lead = buffer[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2 ... 0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1 ... 0xEC, 0xEE ... 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1 ... 0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count, (low ... high).contains(buffer[index + 1]) else { return index }
            for offset in 2 ..< length where buffer[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}
