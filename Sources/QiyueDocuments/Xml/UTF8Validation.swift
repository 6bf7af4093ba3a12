/// Finds the first byte that breaks UTF-8, fast on ASCII.
///
/// `String(validating:as:)` takes a slow generic path for array slices; the XML scanner
/// validates every text run, so it checks the bytes here and then builds the string with
/// the fast `String(decoding:as:)`, which has nothing left to repair.
enum UTF8Validation {
    /// The offset of the first byte that does not continue a valid UTF-8 sequence, or `nil` if all are valid.
    static func firstInvalidOffset(in bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
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
                default: return bytes.startIndex + index
                }
                guard index + length <= count, (low ... high).contains(buffer[index + 1]) else { return bytes.startIndex + index }
                for offset in 2 ..< length where buffer[index + offset] & 0xC0 != 0x80 { return bytes.startIndex + index }
                index += length
            }
            return nil
        }
    }

    /// The text of `bytes`, or `nil` when they are not valid UTF-8.
    static func string(_ bytes: ArraySlice<UInt8>) -> String? {
        guard firstInvalidOffset(in: bytes) == nil else { return nil }
        return bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }
}
