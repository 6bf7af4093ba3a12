/// Little-endian fields of a structure whose size the caller has already checked.
///
/// The compound-file header is 512 bytes and each directory entry 128, both checked before
/// any field is read; a read past the end (which those checks rule out) answers 0 rather
/// than trapping, so a mistake here can make a wrong number but never a crash.
struct FieldReader {
    let bytes: [UInt8]

    func uint16(at offset: Int) -> UInt16 {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    func uint32(at offset: Int) -> UInt32 {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        return UInt32(uint16(at: offset)) | UInt32(uint16(at: offset + 2)) << 16
    }

    func uint64(at offset: Int) -> UInt64 {
        UInt64(uint32(at: offset)) | UInt64(uint32(at: offset + 4)) << 32
    }
}
