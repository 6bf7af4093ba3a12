/// Reads little-endian integers from a byte array at checked offsets.
///
/// Every ZIP field is read through here, so an offset taken from a hostile archive can
/// never index outside the buffer: an out-of-range read answers `nil` and the caller turns
/// that into a "truncated archive" error instead of a crash.
struct LittleEndianReader {
    let bytes: [UInt8]

    func uint16(at offset: Int) -> UInt16? {
        guard offset >= 0, offset <= bytes.count - 2 else { return nil }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    func uint32(at offset: Int) -> UInt32? {
        guard offset >= 0, offset <= bytes.count - 4 else { return nil }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
            | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }

    /// The bytes in `offset ..< offset + count`, or `nil` when the range leaves the buffer.
    func slice(at offset: Int, count: Int) -> ArraySlice<UInt8>? {
        guard offset >= 0, count >= 0, offset <= bytes.count, count <= bytes.count - offset else { return nil }
        return bytes[offset ..< offset + count]
    }
}
