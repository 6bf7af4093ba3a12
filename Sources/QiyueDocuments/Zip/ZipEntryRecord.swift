import Foundation

/// What the archive remembers about one written entry: enough to repeat its local header
/// in the central directory, which is what unzip tools actually trust.
struct ZipEntryRecord: Sendable {
    var name: Data
    var isUTF8: Bool
    var method: UInt16
    var crc32: UInt32
    var compressedSize: UInt32
    var uncompressedSize: UInt32
    var localHeaderOffset: UInt32

    /// Bit 11 marks the name as UTF-8 so that Chinese file names survive every unzip tool.
    var flags: UInt16 { isUTF8 ? 0x0800 : 0 }
    /// 2.0 is the version that introduced deflate; stored entries need only 1.0.
    var versionNeeded: UInt16 { method == 8 ? 20 : 10 }

    func localHeader() -> Data {
        var header = LittleEndianData()
        header.append32(0x0403_4b50)
        appendSharedFields(to: &header)
        header.data.append(name)
        return header.data
    }

    /// The fields both headers hold in the same order, from the version needed to the extra
    /// field length: the central directory repeats the local header, and must agree with it.
    private func appendSharedFields(to header: inout LittleEndianData) {
        header.append16(versionNeeded)
        header.append16(flags)
        header.append16(method)
        header.append16(ZipWriter.fixedDOSTime)
        header.append16(ZipWriter.fixedDOSDate)
        header.append32(crc32)
        header.append32(compressedSize)
        header.append32(uncompressedSize)
        header.append16(UInt16(name.count))
        header.append16(0)  // extra field length
    }

    func centralDirectoryHeader() -> Data {
        var header = LittleEndianData()
        header.append32(0x0201_4b50)
        header.append16(0x0314)  // made by: Unix, spec 2.0
        appendSharedFields(to: &header)
        header.append16(0)  // comment length
        header.append16(0)  // disk number
        header.append16(0)  // internal attributes
        header.append32(0o100644 << 16)  // external attributes: a regular file, rw-r--r--
        header.append32(localHeaderOffset)
        header.data.append(name)
        return header.data
    }
}

/// A byte buffer that appends integers in the little-endian order ZIP headers use.
struct LittleEndianData {
    var data = Data()

    mutating func append16(_ value: UInt16) {
        data.append(UInt8(value & 0xff))
        data.append(UInt8(value >> 8))
    }

    mutating func append32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { data.append(UInt8((value >> UInt32(shift)) & 0xff)) }
    }
}
